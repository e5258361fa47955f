package io.fazhi.platform.outbox;

import io.cloudevents.CloudEvent;
import io.fazhi.events.EventType;
import io.fazhi.events.KafkaCloudEvents;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka producer of the relay: idempotent, {@code acks=all}, so a retried send neither loses
 * nor reorders a partition's events. Fails fast when the broker is unreachable so the relay can
 * back off instead of blocking.
 */
@ApplicationScoped
class OutboxProducer {

    /**
     * Every {@code kafka.*} setting of the service (address, TLS, SASL), as Quarkus hands it to its
     * own Kafka clients: this producer connects exactly as the service's consumers do.
     */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    @Inject
    OutboxConfig config;

    private KafkaProducer<String, byte[]> producer;

    Future<RecordMetadata> send(PendingEvent event) {
        CloudEvent cloudEvent = KafkaCloudEvents.event(
                event.id().toString(),
                event.source(),
                event.occurredAt(),
                EventType.of(event.type())
                        .orElseThrow(() -> new IllegalStateException("unknown event type " + event.type())),
                event.subject(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = KafkaCloudEvents.record(event.topic(), event.key(), cloudEvent);
        if (event.traceparent() != null) {
            // Consumers instrumented with OpenTelemetry continue the writer's trace from this header.
            record.headers().add("traceparent", event.traceparent().getBytes(StandardCharsets.US_ASCII));
        }
        return producer().send(record);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            int timeout = (int) config.sendTimeout().toMillis();
            Map<String, Object> settings = new HashMap<>(broker);
            settings.putAll(Map.<String, Object>ofEntries(
                    Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"),
                    Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                    Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                    Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                    // A report event carries its text (tens of kB): room for several of a relay
                    // batch in one compressed producer batch, not one batch (and buffer) each.
                    Map.entry(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                    Map.entry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                    Map.entry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxEventBytes()),
                    // Without metadata (broker down) send() would block this long: keep it short.
                    Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout, 2000)),
                    Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(timeout / 2, 1000)),
                    Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 1010))));
            producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
