package io.fazhi.gateway.auth;

/** Who a verified token says is calling, for rate limits and the access log. */
public record Caller(String subject, String group, String place, long expiresAtSeconds) {
}
