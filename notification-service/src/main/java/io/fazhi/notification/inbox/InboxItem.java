package io.fazhi.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notice in an office's inbox. The id orders the inbox and resumes its live stream. */
@Entity
@Table(name = "inbox_item")
public class InboxItem extends PanacheEntityBase {

    @Id
    public Long id;

    public String place;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String kind;

    public String severity;

    @Column(name = "township_code")
    public String townshipCode;

    @Column(name = "county_code")
    public String countyCode;

    public Integer year;

    @Column(name = "report_id")
    public String reportId;

    public String title;

    public String body;

    public String link;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
