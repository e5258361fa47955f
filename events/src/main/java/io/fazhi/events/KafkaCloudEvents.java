package io.fazhi.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes in {@code ce_*} headers, the payload as the JSON
 * record value. Built on the CloudEvents SDK so the header encoding follows the spec to the letter.
 */
public final class KafkaCloudEvents {

    public static final String JSON = "application/json";

    private KafkaCloudEvents() {}

    /** An outgoing event; {@code id} is the idempotency key every consumer deduplicates on. */
    public static CloudEvent event(
            String id, String source, Instant time, EventType type, String subject, byte[] json) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(source))
                .withType(type.type())
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(json)
                .build();
    }

    public static ProducerRecord<String, byte[]> record(String topic, String key, CloudEvent event) {
        return KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
    }

    /** The record of a payload on its own topic with its own key, as its producer sends it. */
    public static ProducerRecord<String, byte[]> record(EventPayload payload, String id, String source, Instant time) {
        return record(
                payload.eventType().topic(),
                payload.key(),
                event(id, source, time, payload.eventType(), payload.subject(), EventJson.write(payload)));
    }

    /** Reads a binary-mode record; a record without CloudEvents headers is a malformed event. */
    public static ReceivedEvent read(ConsumerRecord<?, byte[]> record) {
        CloudEvent event;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            event = reader.toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException(
                    "record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                            + " is not a CloudEvent: " + e.getMessage(),
                    e);
        }
        return new ReceivedEvent(
                event.getId(),
                event.getType(),
                event.getSource().toString(),
                event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(),
                event.getData() == null ? null : event.getData().toBytes());
    }
}
