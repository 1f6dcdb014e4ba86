package io.gongkai.stats.report;

import io.gongkai.commons.period.ReportPeriod;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A year's report settings: format, statistics period, institution, date signed. */
@Entity
@Table(name = "report_setting")
public class ReportSetting extends PanacheEntityBase {

    @Id
    public Integer year;
    public String format;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public ReportPeriod.Kind periodKind;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    public String institution;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public ReportPeriod period() {
        return ReportPeriod.ofYear(year, periodKind, periodFrom, periodTo);
    }
}
