-- ProcessedEventCleanup forgets ids older than any redelivery Kafka could still make: it finds
-- them by age. The index grows at its right edge only, as ids are recorded in time order.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
