package io.fazhi.gateway.auth;

import io.fazhi.core.identity.Group;

/**
 * Who a verified token says is calling, for rate limits and the access log: the gateway checks the
 * token; each service decides what the caller may do (platform's {@code Caller}).
 *
 * @param group the group the token acts with ({@code TokenRules.actingGroup}), null when it names none known
 * @param importer the token carries the importer role ({@code TokenRules.IMPORTER_ROLE}): its own rate limit
 */
public record VerifiedCaller(String subject, Group group, String place, boolean importer, long expiresAtSeconds) {}
