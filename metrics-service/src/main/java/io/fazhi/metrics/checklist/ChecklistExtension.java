package io.fazhi.metrics.checklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A place's own checklist items, as YAML in the default checklist's format. */
@Entity
@Table(name = "checklist_extension")
public class ChecklistExtension extends PanacheEntityBase {

    @Id
    @Column(name = "place_code")
    public String placeCode;

    public String source;

    public String hash;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
