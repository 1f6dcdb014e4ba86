package io.gongkai.stats.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The text an admin wrote for one narrative part of a year's report. */
@Entity
@Table(name = "report_section")
public class ReportSection extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    public String text;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    @Embeddable
    public record Key(Integer year, String key) implements Serializable {
    }
}
