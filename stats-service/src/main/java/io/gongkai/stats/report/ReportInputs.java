package io.gongkai.stats.report;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What a year's report is made of, in one short string: the frozen edition when there is one, else where each
 * feed's reader stands plus the versions of the year's settings, sections, not-applicable marks, entered counts and
 * the pushed channel figures. Two equal strings mean the same report, so a rendering can be kept under it.
 */
@ApplicationScoped
public class ReportInputs {

    private static final String SQL = "SELECT coalesce((SELECT 'frozen@' || frozen_at::text FROM report_freeze WHERE year = :year), "
            + "'live|' || concat_ws('|', "
            + "coalesce((SELECT string_agg(feed || '=' || position, ',' ORDER BY feed) FROM feed_cursor), '-'), "
            + "coalesce((SELECT version || '@' || updated_at::text FROM report_setting WHERE year = :year), '-'), "
            + "(SELECT count(*) || '@' || coalesce(max(updated_at)::text, '-') FROM report_section WHERE year = :year), "
            + "(SELECT count(*) || '@' || coalesce(max(marked_at)::text, '-') FROM report_not_applicable WHERE year = :year), "
            + "(SELECT count(*) || '@' || coalesce(max(entered_at)::text, '-') FROM report_carried_over WHERE year = :year), "
            + "(SELECT count(*) || '@' || coalesce(sum(version), 0) || '@' || coalesce(max(updated_at)::text, '-') FROM channel_metric)))";

    @Transactional
    public String of(int year) {
        return (String) Panache.getEntityManager().createNativeQuery(SQL).setParameter("year", year).getSingleResult();
    }
}
