package io.gongkai.stats.report;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.stats.casework.CaseFigures;
import io.gongkai.stats.evaluation.EvaluationFigures;
import io.gongkai.stats.metric.MetricService;
import io.gongkai.stats.petition.PetitionFigures;
import io.gongkai.stats.request.RequestStatistics;
import io.gongkai.stats.summary.SummaryResource.Summary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's report: its settings and texts, its figures from the pre-aggregated counts, its annex. */
@ApplicationScoped
public class ReportService {

    private final MetricService channels;
    private final RequestStatistics requests;
    private final PetitionFigures petitions;
    private final CaseFigures cases;
    private final EvaluationFigures evaluations;
    private final AnnexClient annex;
    private final String defaultInstitution;
    private final ReportWriter writer = new ReportWriter(Wording.standard());

    public ReportService(MetricService channels, RequestStatistics requests, PetitionFigures petitions, CaseFigures cases,
                         EvaluationFigures evaluations, AnnexClient annex,
                         @ConfigProperty(name = "gongkai.stats.report.institution", defaultValue = "本校") String defaultInstitution) {
        this.channels = channels;
        this.requests = requests;
        this.petitions = petitions;
        this.cases = cases;
        this.evaluations = evaluations;
        this.annex = annex;
        this.defaultInstitution = defaultInstitution;
    }

    @Schema(name = "ReportSettings")
    public record Settings(@Schema(required = true, example = "moe") String format,
                           @Schema(required = true) ReportPeriod.Kind periodKind,
                           @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
                           @Schema(required = true, example = "长春理工大学") String institution,
                           @Schema(nullable = true, example = "2022-10-30") LocalDate signedOn,
                           @Schema(required = true) long version) {
    }

    @Transactional
    public Settings settings(int year) {
        ReportSetting s = ReportSetting.findById(year);
        if (s == null) {
            return new Settings(ReportFormat.MOE.code(), ReportPeriod.Kind.ACADEMIC_YEAR, null, null, defaultInstitution, null, 0);
        }
        return new Settings(s.format, s.periodKind, s.periodFrom, s.periodTo, s.institution, s.signedOn, s.version);
    }

    @Transactional
    public Settings saveSettings(int year, ReportViews.SettingsRequest request) {
        ReportFormat format;
        try {
            format = ReportFormat.of(request.format() == null ? "moe" : request.format());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", e.getMessage());
        }
        ReportPeriod.Kind kind = request.periodKind() == null ? ReportPeriod.Kind.ACADEMIC_YEAR : request.periodKind();
        if (kind == ReportPeriod.Kind.CUSTOM) {
            if (request.from() == null || request.to() == null) {
                throw ProblemException.invalid("from", "a custom period needs from and to");
            }
            if (request.to().isBefore(request.from())) {
                throw ProblemException.invalid("to", "must not be before from");
            }
        }
        ReportSetting found = ReportSetting.findById(year);
        ReportSetting s = found != null ? found : new ReportSetting();
        s.year = year;
        s.format = format.code();
        s.periodKind = kind;
        s.periodFrom = kind == ReportPeriod.Kind.CUSTOM ? request.from() : null;
        s.periodTo = kind == ReportPeriod.Kind.CUSTOM ? request.to() : null;
        s.institution = request.institution().strip();
        s.signedOn = request.signedOn();
        s.updatedAt = OffsetDateTime.now();
        if (found == null) {
            s.persist();
        }
        ReportSetting.flush();
        return settings(year);
    }

    @Transactional
    public void saveSection(int year, String key, String text, String admin) {
        if (!ReportFormat.sectionKeys().contains(key)) {
            throw ProblemException.notFound("Report section " + (key.length() > 40 ? key.substring(0, 40) : key)
                    + " (the sections are " + String.join(", ", ReportFormat.sectionKeys()) + ")");
        }
        ReportSection found = ReportSection.findById(new ReportSection.Key(year, key));
        ReportSection section = found != null ? found : new ReportSection();
        section.id = new ReportSection.Key(year, key);
        section.text = text.strip();
        section.updatedAt = OffsetDateTime.now();
        section.updatedBy = admin;
        if (found == null) {
            section.persist();
        }
    }

    /** The report of a year in the format asked for (or its setting), generated from the live figures. */
    @Transactional
    public AnnualReport report(int year, String formatAsked) {
        Settings settings = settings(year);
        ReportFormat format;
        try {
            format = ReportFormat.of(formatAsked == null ? settings.format() : formatAsked);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", e.getMessage());
        }
        ReportPeriod period = ReportPeriod.ofYear(year, settings.periodKind(), settings.from(), settings.to());
        Summary figures = new Summary(period.from(), period.to(), channels.totals(period.from(), period.to()), requests.of(period),
                petitions.of(period), cases.of(period), evaluations.of(period));
        Map<String, String> narratives = new HashMap<>();
        ReportSection.<ReportSection>list("id.year", year).forEach(s -> narratives.put(s.id.key(), s.text));
        return writer.write(new ReportWriter.Input(year, format, settings.institution(), settings.signedOn(), narratives, figures,
                annex.annex(period)));
    }
}
