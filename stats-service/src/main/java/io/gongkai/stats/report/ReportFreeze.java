package io.gongkai.stats.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A year's frozen report: both formats as generated at the freeze (JSON), and who froze it when. */
@Entity
@Table(name = "report_freeze")
public class ReportFreeze extends PanacheEntityBase {

    @Id
    public Integer year;
    public String moe;
    public String gov;
    @Column(name = "frozen_at")
    public OffsetDateTime frozenAt;
    @Column(name = "frozen_by")
    public String frozenBy;

    String edition(ReportFormat format) {
        return format == ReportFormat.GOV ? gov : moe;
    }
}
