package io.fazhi.events;

import java.time.Instant;
import java.util.Optional;

/** A CloudEvent read from a Kafka record: its attributes and its still-encoded JSON body. */
public record ReceivedEvent(String id, String type, String source, String subject, Instant time, byte[] data) {

    public Optional<EventType> eventType() {
        return EventType.of(type);
    }

    /** Decodes the body as the payload record of this event's type. */
    public EventPayload payload() {
        EventType known = eventType().orElseThrow(() -> new MalformedEventException("unknown event type: " + type));
        if (data == null || data.length == 0) {
            throw new MalformedEventException("event " + id + " has no body");
        }
        return EventJson.read(data, known.payload());
    }

    public <T extends EventPayload> T payload(Class<T> expected) {
        EventPayload payload = payload();
        if (!expected.isInstance(payload)) {
            throw new MalformedEventException("event " + id + " is " + type + ", not " + expected.getSimpleName());
        }
        return expected.cast(payload);
    }
}
