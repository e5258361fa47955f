package io.fazhi.events;

/** An event whose headers or body do not follow the contract: a consumer sends it to the DLQ. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
