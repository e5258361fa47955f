package io.fazhi.metrics.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A due date an administrator set for a province, city or county. */
@Entity
@Table(name = "due_date")
public class DueDate extends PanacheEntityBase {

    @Id
    @Column(name = "place_code")
    public String placeCode;

    /** --MM-DD in the year after the reporting year. */
    @Column(name = "due_day")
    public String dueDay;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
