package io.fazhi.notification.deliver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at a delivery and how it ended. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int attempt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "duration_ms")
    public int durationMs;

    public String outcome;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;
}
