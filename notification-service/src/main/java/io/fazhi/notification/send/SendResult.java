package io.fazhi.notification.send;

import java.time.Duration;

/**
 * How one attempt ended.
 *
 * @param status the receiver's HTTP status, or null when there was no answer
 * @param retryAfter the receiver's Retry-After, or null
 */
public record SendResult(Outcome outcome, Integer status, String error, Duration retryAfter) {

    public enum Outcome {
        /** The receiver has it. */
        DELIVERED,
        /** Worth another attempt: 5xx, 408, 429, a timeout, a refused connection. */
        RETRYABLE,
        /** Another attempt would fail the same way: any other 4xx, a refused target. */
        PERMANENT
    }

    public static SendResult delivered(Integer status) {
        return new SendResult(Outcome.DELIVERED, status, null, null);
    }

    public static SendResult retryable(Integer status, String error, Duration retryAfter) {
        return new SendResult(Outcome.RETRYABLE, status, error, retryAfter);
    }

    public static SendResult permanent(Integer status, String error) {
        return new SendResult(Outcome.PERMANENT, status, error, null);
    }

    /** What an HTTP status means for a webhook delivery. */
    public static SendResult ofHttpStatus(int status, Duration retryAfter) {
        if (status >= 200 && status < 300) {
            return delivered(status);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return retryable(status, "the receiver answered " + status, retryAfter);
        }
        if (status >= 300 && status < 400) {
            return permanent(status, "the receiver answered " + status + "; webhooks do not follow redirects");
        }
        return permanent(status, "the receiver answered " + status);
    }

    public boolean gone() {
        return status != null && status == 410;
    }
}
