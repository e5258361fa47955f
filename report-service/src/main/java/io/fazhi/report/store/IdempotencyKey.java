package io.fazhi.report.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The first result of a submission made with an {@code Idempotency-Key}, per caller. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    public String caller;

    @Id
    public String key;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "report_id")
    public UUID reportId;

    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String caller;
        public String key;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(caller, k.caller)
                    && java.util.Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caller, key);
        }
    }
}
