package io.gongkai.inquiry.calendar;

import io.gongkai.commons.calendar.WorkingDays;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A date a State Council notice names: a holiday, or a weekend day worked (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkingDays.Kind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "notice_year", nullable = false)
    public int noticeYear;
}
