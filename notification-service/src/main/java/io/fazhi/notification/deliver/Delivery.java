package io.fazhi.notification.deliver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message to one webhook or address; sent by {@link Dispatcher}, read here by the API. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "event_type")
    public String eventType;

    public String subject;

    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
