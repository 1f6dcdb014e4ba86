package io.gongkai.stats.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final AnnexCache annex;
    private final String defaultInstitution;
    private final ObjectMapper mapper;
    private final ReportWriter writer = new ReportWriter(Wording.standard());

    public ReportService(MetricService channels, RequestStatistics requests, PetitionFigures petitions, CaseFigures cases,
                         EvaluationFigures evaluations, AnnexCache annex, ObjectMapper mapper,
                         @ConfigProperty(name = "gongkai.stats.report.institution", defaultValue = "本校") String defaultInstitution) {
        this.mapper = mapper;
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
                           @Schema(nullable = true, implementation = String.class, format = "date", example = "2021-09-01",
                                   description = "a CUSTOM period's first day") LocalDate from,
                           @Schema(nullable = true, implementation = String.class, format = "date", example = "2022-10-31",
                                   description = "a CUSTOM period's last day") LocalDate to,
                           @Schema(required = true, example = "长春理工大学") String institution,
                           @Schema(nullable = true, implementation = String.class, format = "date", example = "2022-10-30") LocalDate signedOn,
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

    /** The report of a year in the format asked for (or its setting): the frozen edition when there is one, else from the live figures. */
    @Transactional
    public AnnualReport report(int year, String formatAsked) {
        ReportFormat format = format(year, formatAsked);
        ReportFreeze frozen = ReportFreeze.findById(year);
        return frozen != null ? read(frozen.edition(format)) : live(year, format);
    }

    /**
     * Freezes a year's report in both formats with its annex, refused while the annex is unavailable (a frozen report is
     * filed as it is) and while the year is frozen already.
     */
    @Transactional
    public ReportViews.Frozen freeze(int year, String admin) {
        ReportFreeze found = ReportFreeze.findById(year);
        if (found != null) {
            throw ProblemException.conflict("The " + year + " report was frozen at " + found.frozenAt + " by " + found.frozenBy
                    + "; unfreeze it (DELETE) to freeze it again");
        }
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        // the annex is asked for once: both formats file the same one
        AnnualReport.Annex checklist = withNotApplicable(year, annex.annex(period(year)));
        if (!checklist.available()) {
            throw new ProblemException(503, "annex-unavailable", "Annex unavailable",
                    "The checklist annex is unavailable (disclosure-service's coverage did not answer): a report is frozen with its annex. "
                            + "Freeze it again when disclosure-service answers.");
        }
        AnnualReport moe = live(year, ReportFormat.MOE, checklist).frozen(at);
        AnnualReport gov = live(year, ReportFormat.GOV, checklist).frozen(at);
        ReportFreeze freeze = new ReportFreeze();
        freeze.year = year;
        freeze.moe = write(moe);
        freeze.gov = write(gov);
        freeze.frozenAt = at;
        freeze.frozenBy = admin;
        freeze.persist();
        return view(freeze);
    }

    @Transactional
    public ReportViews.Frozen frozen(int year) {
        return view(ReportFreeze.<ReportFreeze>findByIdOptional(year).orElseThrow(() -> notFrozen(year)));
    }

    /** Unfreezes a year: its report is generated from the live figures again (to correct it and freeze it anew). */
    @Transactional
    public void unfreeze(int year) {
        if (!ReportFreeze.deleteById(year)) {
            throw notFrozen(year);
        }
    }

    /** Marks a checklist item as not applicable for a year: the annex says so, with the reason. */
    @Transactional
    public ReportViews.NotApplicable markNotApplicable(int year, String itemNo, String reason, String admin) {
        NotApplicableItem found = NotApplicableItem.findById(new NotApplicableItem.Key(year, itemNo));
        NotApplicableItem item = found != null ? found : new NotApplicableItem();
        item.id = new NotApplicableItem.Key(year, itemNo);
        item.reason = reason.strip();
        item.markedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        item.markedBy = admin;
        if (found == null) {
            item.persist();
        }
        return view(item);
    }

    @Transactional
    public void markApplicable(int year, String itemNo) {
        if (!NotApplicableItem.deleteById(new NotApplicableItem.Key(year, itemNo))) {
            throw ProblemException.notFound("Checklist item " + itemNo + " marked not applicable in " + year);
        }
    }

    @Transactional
    public List<ReportViews.NotApplicable> notApplicable(int year) {
        return NotApplicableItem.<NotApplicableItem>list("id.year = ?1 order by id.itemNo", year).stream().map(ReportService::view).toList();
    }

    private static ReportViews.NotApplicable view(NotApplicableItem i) {
        return new ReportViews.NotApplicable(i.id.year(), i.id.itemNo(), i.reason, i.markedAt, i.markedBy);
    }

    /** The annex with the items marked not applicable for the year saying so instead of whether they were published. */
    private AnnualReport.Annex withNotApplicable(int year, AnnualReport.Annex annex) {
        if (!annex.available()) {
            return annex;
        }
        Map<String, String> reasons = new HashMap<>();
        NotApplicableItem.<NotApplicableItem>list("id.year", year).forEach(i -> reasons.put(i.id.itemNo(), i.reason));
        if (reasons.isEmpty()) {
            return annex;
        }
        List<AnnualReport.AnnexRow> rows = annex.rows().stream().map(r -> reasons.containsKey(r.itemNo())
                ? new AnnualReport.AnnexRow(r.itemNo(), r.category(), r.item(), "不适用：" + reasons.get(r.itemNo()), "") : r).toList();
        return new AnnualReport.Annex(true, null, rows);
    }

    /**
     * Enters the requests carried over into a year that were never in Gongkai (it went live mid-history), per column
     * of table 三, replacing what was entered before. Unknown columns are refused and nothing changes.
     */
    @Transactional
    public ReportViews.CarriedOver enterCarriedOver(int year, ReportViews.CarriedOverRequest request, String admin) {
        for (String column : request.counts().keySet()) {
            if (!RequestStatistics.COLUMNS.contains(column)) {
                throw ProblemException.invalid("counts", "unknown applicant column " + (column.length() > 40 ? column.substring(0, 40) : column)
                        + " (the columns of table 三 are " + String.join(", ", RequestStatistics.COLUMNS) + ")");
            }
        }
        CarriedOverCount.delete("id.year", year);
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        for (String column : RequestStatistics.COLUMNS) {
            CarriedOverCount count = new CarriedOverCount();
            count.id = new CarriedOverCount.Key(year, column);
            count.requests = request.counts().getOrDefault(column, 0L);
            count.enteredAt = at;
            count.enteredBy = admin;
            count.persist();
        }
        return carriedOver(year);
    }

    @Transactional
    public ReportViews.CarriedOver carriedOver(int year) {
        List<CarriedOverCount> rows = CarriedOverCount.list("id.year", year);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Carried-over requests entered for " + year);
        }
        Map<String, Long> counts = new LinkedHashMap<>(enteredCounts(rows));
        counts.put("TOTAL", counts.values().stream().mapToLong(Long::longValue).sum());
        return new ReportViews.CarriedOver(year, counts, rows.get(0).enteredAt, rows.get(0).enteredBy);
    }

    @Transactional
    public void deleteCarriedOver(int year) {
        if (CarriedOverCount.delete("id.year", year) == 0) {
            throw ProblemException.notFound("Carried-over requests entered for " + year);
        }
    }

    /** The entered counts in the order of table 三's columns; empty when none were entered. */
    private static Map<String, Long> enteredCounts(List<CarriedOverCount> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            RequestStatistics.COLUMNS.forEach(col -> counts.put(col, 0L));
            rows.forEach(r -> counts.put(r.id.applicant(), r.requests));
        }
        return counts;
    }

    /** Every figure where the live data now differs from the frozen edition, in the order of the frozen report. */
    @Transactional
    public ReportViews.Diff diff(int year, String formatAsked) {
        ReportFormat format = format(year, formatAsked);
        ReportFreeze frozen = ReportFreeze.<ReportFreeze>findByIdOptional(year).orElseThrow(() -> notFrozen(year));
        AnnualReport edition = read(frozen.edition(format));
        Map<String, AnnualReport.Figure> live = new LinkedHashMap<>();
        live(year, format).figures().forEach(f -> live.put(f.key(), f));
        List<ReportViews.FigureDiff> differences = new ArrayList<>();
        for (AnnualReport.Figure f : edition.figures()) {
            AnnualReport.Figure now = live.remove(f.key());
            if (now == null || now.value() != f.value()) {
                differences.add(new ReportViews.FigureDiff(f.key(), f.definition(), f.value(), now == null ? null : now.value()));
            }
        }
        live.values().forEach(f -> differences.add(new ReportViews.FigureDiff(f.key(), f.definition(), null, f.value())));
        return new ReportViews.Diff(year, format.code(), frozen.frozenAt, differences.isEmpty(), differences);
    }

    /** The format a request for the year's report gets: the one asked for, else the year's setting. */
    @Transactional
    public ReportFormat formatOf(int year, String formatAsked) {
        return format(year, formatAsked);
    }

    private ReportFormat format(int year, String formatAsked) {
        try {
            return ReportFormat.of(formatAsked == null ? settings(year).format() : formatAsked);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", e.getMessage());
        }
    }

    private static ProblemException notFrozen(int year) {
        return ProblemException.notFound("Frozen report of " + year);
    }

    private static ReportViews.Frozen view(ReportFreeze f) {
        return new ReportViews.Frozen(f.year, f.frozenAt, f.frozenBy, List.of(ReportFormat.MOE.code(), ReportFormat.GOV.code()));
    }

    private String write(AnnualReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnnualReport read(String json) {
        try {
            return mapper.readValue(json, AnnualReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen report cannot be read", e);
        }
    }

    /** The report generated from the live figures. */
    private AnnualReport live(int year, ReportFormat format) {
        return live(year, format, withNotApplicable(year, annex.annex(period(year))));
    }

    private ReportPeriod period(int year) {
        Settings settings = settings(year);
        return ReportPeriod.ofYear(year, settings.periodKind(), settings.from(), settings.to());
    }

    private AnnualReport live(int year, ReportFormat format, AnnualReport.Annex checklist) {
        Settings settings = settings(year);
        ReportPeriod period = period(year);
        Map<String, Long> entered = enteredCounts(CarriedOverCount.list("id.year", year));
        RequestStatistics.Figures requestFigures = requests.of(period);
        if (!entered.isEmpty()) {
            requestFigures = requestFigures.plusCarriedOverEntered(entered);
        }
        Summary figures = new Summary(period.from(), period.to(), channels.totals(period.from(), period.to()), requestFigures,
                petitions.of(period), cases.of(period), evaluations.of(period));
        Map<String, String> narratives = new HashMap<>();
        ReportSection.<ReportSection>list("id.year", year).forEach(s -> narratives.put(s.id.key(), s.text));
        return writer.write(new ReportWriter.Input(year, format, settings.institution(), settings.signedOn(), narratives, figures,
                checklist, entered));
    }
}
