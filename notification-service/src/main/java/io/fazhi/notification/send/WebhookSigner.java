package io.fazhi.notification.send;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks signatures, made by the convention's reference library: HMAC-SHA256 over
 * {@code id.timestamp.body} with a {@code whsec_} secret, sent as {@code v1,<base64>}; during a
 * secret rotation both the new and the old secret sign, space-separated.
 */
public final class WebhookSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {}

    /** A new secret, shown to the subscriber once. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value. */
    public static String signature(
            String messageId, long timestampSeconds, String body, String secret, String previousSecret) {
        String current = sign(secret, messageId, timestampSeconds, body);
        return previousSecret == null
                ? current
                : current + " " + sign(previousSecret, messageId, timestampSeconds, body);
    }

    private static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(messageId, timestampSeconds, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("cannot sign with the subscription's secret", e);
        }
    }
}
