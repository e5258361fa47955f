package io.fazhi.platform.consume;

import io.fazhi.events.Topics;
import io.fazhi.platform.outbox.OutboxConfig;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a record a batch consumer could not apply to its topic's dead-letter twin, with the headers
 * SmallRye's {@code dead-letter-queue} strategy writes, so every dead letter reads alike. A batch
 * channel cannot use that strategy: nacking a batch dead-letters every record of the poll.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    /** Every {@code kafka.*} setting of the service (address, TLS, SASL), as its consumers connect. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    private KafkaProducer<String, byte[]> producer;

    /**
     * Returns once the broker has the dead letter: the caller then lets the poll's offsets be
     * committed. Throws when it cannot, so the record is not skipped.
     */
    public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(
                Topics.deadLetter(record.topic()),
                null,
                record.key(),
                record.value(),
                new RecordHeaders(record.headers().toArray()));
        header(
                dead,
                KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME,
                reason.getClass().getName());
        header(dead, KafkaDeadLetterQueue.DEAD_LETTER_REASON, messageOf(reason));
        if (reason.getCause() != null) {
            header(
                    dead,
                    KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME,
                    reason.getCause().getClass().getName());
            header(dead, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE, messageOf(reason.getCause()));
        }
        header(dead, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC, record.topic());
        header(dead, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION, Integer.toString(record.partition()));
        header(dead, KafkaDeadLetterQueue.DEAD_LETTER_OFFSET, Long.toString(record.offset()));
        try {
            producer().send(dead).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + where(record), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot dead-letter " + where(record), e);
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Inject
    OutboxConfig outbox;

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(broker);
            settings.putAll(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG,
                    "dead-letters",
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    // A dead letter is the event as it came, with a few headers: as large as the largest event.
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                    outbox.maxEventBytes() + 65536));
            producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
