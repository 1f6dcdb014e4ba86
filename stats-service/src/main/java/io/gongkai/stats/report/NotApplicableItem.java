package io.gongkai.stats.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A checklist item an admin marked as not applicable to the institution for a year's report, with the reason. */
@Entity
@Table(name = "report_not_applicable")
public class NotApplicableItem extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    public String reason;
    @Column(name = "marked_at")
    public OffsetDateTime markedAt;
    @Column(name = "marked_by")
    public String markedBy;

    @Embeddable
    public record Key(Integer year, @Column(name = "item_no") String itemNo) implements Serializable {
    }
}
