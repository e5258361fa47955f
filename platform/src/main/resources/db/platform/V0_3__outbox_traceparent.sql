-- The W3C trace context of the transaction that wrote the event, sent as the Kafka record's
-- traceparent header so a consumer's work joins the same trace (gateway → service → Kafka → …).
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55);
