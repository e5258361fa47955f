package io.fazhi.metrics;

import io.fazhi.events.EventPayload;
import io.fazhi.events.KafkaCloudEvents;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Events as report-service sends them: CloudEvents on their topic with their key. */
public final class TestEvents {

    private TestEvents() {}

    public static ProducerRecord<String, byte[]> record(EventPayload payload) {
        return record(payload, "ev-" + UUID.randomUUID());
    }

    public static ProducerRecord<String, byte[]> record(EventPayload payload, String id) {
        return KafkaCloudEvents.record(payload, id, "/report-service", Instant.now());
    }
}
