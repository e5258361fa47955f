package io.fazhi.notification.subscription;

import io.fazhi.events.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** An office's wish to be told about events under a place code, on one channel. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String place;

    public String channel;

    public String kinds;

    public String target;

    @Column(name = "min_severity")
    public String minSeverity;

    @Column(name = "digest_seconds")
    public Integer digestSeconds;

    @Column(name = "digest_due_at")
    public Instant digestDueAt;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Channel channel() {
        return Channel.fromWire(channel);
    }

    public SubscriptionStatus status() {
        return SubscriptionStatus.fromWire(status);
    }

    public void status(SubscriptionStatus next, String reason, Instant now) {
        status = next.wire();
        statusReason = reason;
        updatedAt = now;
    }

    public Set<String> kindSet() {
        return kindSet(kinds);
    }

    /** The kinds of a subscription as stored (comma-separated). */
    public static Set<String> kindSet(String stored) {
        return new LinkedHashSet<>(Arrays.asList(stored.split(",")));
    }

    public Severity minSeverity() {
        return Severity.fromWire(minSeverity);
    }

    /** The secret before the last rotation while it still signs (see {@code DeliveryStore}'s claim), else null. */
    public String previousSecretSigningAt(Instant now) {
        return previousSecretUntil != null && previousSecretUntil.isAfter(now) ? previousSecret : null;
    }

    public Duration digest() {
        return digestSeconds == null ? null : Duration.ofSeconds(digestSeconds);
    }
}
