package io.fazhi.report.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A township's report for one year; its content lives in its versions. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    public static final String ACTIVE = "active";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    public UUID id;

    @Column(name = "township_code")
    public String townshipCode;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "place_prefix", nullable = false)
    public String placePrefix;

    public int year;

    @Column(name = "current_version")
    public int currentVersion;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean withdrawn() {
        return WITHDRAWN.equals(status);
    }
}
