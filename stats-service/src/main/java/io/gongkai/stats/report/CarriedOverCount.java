package io.gongkai.stats.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** Requests carried over into a year that were never in Gongkai (it went live mid-history), as an admin counted them, per column of table 三. */
@Entity
@Table(name = "report_carried_over")
public class CarriedOverCount extends PanacheEntityBase {

    @EmbeddedId
    public Key id;
    public long requests;
    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;
    @Column(name = "entered_by")
    public String enteredBy;

    @Embeddable
    public record Key(Integer year, String applicant) implements Serializable {
    }
}
