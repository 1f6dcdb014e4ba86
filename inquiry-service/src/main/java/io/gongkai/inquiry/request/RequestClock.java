package io.gongkai.inquiry.request;

import io.gongkai.commons.calendar.WorkingDays;
import io.gongkai.commons.calendar.WorkingDays.DayType;
import io.gongkai.commons.problem.ProblemException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The statutory clock of a disclosure request (docs/domain.md), pure: the effective receipt day, the due date
 * (the n-th working day after it), the pause while the applicant clarifies (the clarified request starts
 * a count of its own from its own effective receipt), the one extension, overdue, and the day-by-day
 * explanation that {@code GET /requests/{trackingNo}/clock} shows. All limits are settings.
 */
public final class RequestClock {

    /** The limits: working days to answer, the most an extension may add, office hours. */
    public record Settings(int replyWorkingDays, int maxExtensionWorkingDays, WorkingDays.OfficeHours hours) {
        public Settings {
            Objects.requireNonNull(hours);
            if (replyWorkingDays < 1 || maxExtensionWorkingDays < 0) {
                throw new IllegalArgumentException("reply days must be positive, the extension maximum not negative");
            }
        }
    }

    /** A request for clarification; {@code clarifiedAt} is null while the applicant has not answered. */
    public record Pause(OffsetDateTime askedAt, OffsetDateTime clarifiedAt) {
        public Pause {
            Objects.requireNonNull(askedAt);
        }
    }

    /** What the clock of one request depends on. */
    public record Timeline(OffsetDateTime receivedAt, List<Pause> pauses, int extensionWorkingDays) {
        public Timeline {
            Objects.requireNonNull(receivedAt);
            pauses = pauses.stream().sorted(Comparator.comparing(Pause::askedAt)).toList();
        }

        public static Timeline of(OffsetDateTime receivedAt) {
            return new Timeline(receivedAt, List.of(), 0);
        }

        public boolean paused() {
            return !pauses.isEmpty() && pauses.get(pauses.size() - 1).clarifiedAt() == null;
        }
    }

    /** How one day was treated. */
    public enum Counting {
        /** received, but before the effective receipt day (after hours, weekend, holiday) */
        BEFORE_RECEIPT,
        /** the effective receipt day, or the clarified request's: the count starts after it */
        RECEIPT,
        /** a working day of the count that decides the due date */
        COUNTED,
        /** a working day of the extension */
        EXTENSION,
        /** a weekend day or a holiday */
        SKIPPED,
        /** waiting for the applicant's clarification */
        PAUSED,
        /** a working day of a count that a request for clarification ended */
        SUPERSEDED
    }

    @Schema(name = "ClockDay", description = "One day from receipt to the due date",
            requiredProperties = {"date", "dayType", "counting", "count", "reason", "code", "params"})
    public record Day(LocalDate date, DayType dayType, Counting counting,
                      @Schema(nullable = true, description = "the day's number in the count; null for a day not counted", example = "1") Integer count,
                      @Schema(description = "the reason in English, for API callers", example = "working day 1 of 15") String reason,
                      @Schema(description = "the reason's code: received-before-hours, received-after-hours, received-on-weekend, "
                              + "received-on-holiday, weekend, holiday, effective-receipt, effective-receipt-original, clarified-receipt, "
                              + "paused, superseded, working-day, extension-day", example = "working-day") String code,
                      @Schema(description = "what the code's sentence needs: n, of, due (true on the due date), makeUp (a make-up "
                              + "working day), holiday (its name), opens, closes", example = "{\"n\": 1, \"of\": 15}") Map<String, Object> params) {

        Day(LocalDate date, DayType dayType, Counting counting, Integer count, CodedText why) {
            this(date, dayType, counting, count, why.text(), why.code(), why.params());
        }
    }

    /** The explanation of a due date: every day from receipt to due, counted or skipped, and why. */
    @Schema(name = "ClockExplanation", description = "How the due date was counted",
            requiredProperties = {"receivedAt", "effectiveReceipt", "effectiveReceiptReason", "countFrom", "workingDays", "regularDueDate",
                    "extensionWorkingDays", "dueDate", "paused", "days"})
    public record Explanation(OffsetDateTime receivedAt, LocalDate effectiveReceipt, String effectiveReceiptReason,
                              @Schema(description = "the effective receipt's reason as a code (on-working-day, on-make-up-day, "
                                      + "next-working-day) with its params (opens, closes, holiday, circumstance: the code of the "
                                      + "receipt day's reason, effectiveReceipt)") CodedText effectiveReceiptExplained,
                              LocalDate countFrom, int workingDays,
                              @Schema(implementation = String.class, format = "date", nullable = true, example = "2022-10-24",
                                      description = "null while the clock stands still for a clarification") LocalDate regularDueDate,
                              int extensionWorkingDays,
                              @Schema(implementation = String.class, format = "date", nullable = true, example = "2022-10-24",
                                      description = "null while the clock stands still for a clarification") LocalDate dueDate,
                              boolean paused, List<Day> days) {
    }

    private final WorkingDays days;
    private final Map<LocalDate, String> dayNames;
    private final Settings settings;

    /** {@code dayNames}: the name a notice gives each listed date (国庆节), for the explanation. */
    public RequestClock(WorkingDays days, Map<LocalDate, String> dayNames, Settings settings) {
        this.days = days;
        this.dayNames = Map.copyOf(dayNames);
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public WorkingDays workingDays() {
        return days;
    }

    public LocalDate effectiveReceipt(OffsetDateTime at) {
        return days.effectiveReceipt(at.atZoneSameInstant(settings.hours().zone()), settings.hours());
    }

    /** The day the deciding count starts from: the effective receipt, or that of the last clarification. */
    public LocalDate countFrom(Timeline timeline) {
        LocalDate from = effectiveReceipt(timeline.receivedAt());
        for (Pause pause : timeline.pauses()) {
            if (pause.clarifiedAt() != null) {
                from = effectiveReceipt(pause.clarifiedAt());
            }
        }
        return from;
    }

    /** The due date; null while the clock stands still for a clarification. */
    public LocalDate dueDate(Timeline timeline) {
        if (timeline.paused()) {
            return null;
        }
        LocalDate regular = days.addWorkingDays(countFrom(timeline), settings.replyWorkingDays());
        return days.addWorkingDays(regular, timeline.extensionWorkingDays());
    }

    /** Overdue: still unanswered, the clock running, and the due date has ended. */
    public static boolean overdue(LocalDate dueDate, boolean clockRunning, LocalDate today) {
        return clockRunning && dueDate != null && today.isAfter(dueDate);
    }

    /** The last due date that is "due within {@code workingDays} working days" of {@code today}. */
    public LocalDate dueWithinLimit(LocalDate today, int workingDays) {
        return days.addWorkingDays(today, workingDays);
    }

    /** The last day the applicant may clarify (or pay) in: {@code workingDays} working days after the notice. */
    public LocalDate deadlineAfter(OffsetDateTime notifiedAt, int workingDays) {
        return days.addWorkingDays(notifiedAt.atZoneSameInstant(settings.hours().zone()).toLocalDate(), workingDays);
    }

    /** An extension must add 1 to the maximum working days (a 400 naming the field otherwise). */
    public void checkExtension(int workingDays) {
        if (workingDays < 1 || workingDays > settings.maxExtensionWorkingDays()) {
            throw ProblemException.invalid("workingDays", "an extension adds 1 to " + settings.maxExtensionWorkingDays() + " working days");
        }
    }

    public Explanation explain(Timeline timeline) {
        ZonedDateTime received = timeline.receivedAt().atZoneSameInstant(settings.hours().zone());
        LocalDate receivedDay = received.toLocalDate();
        LocalDate effective = effectiveReceipt(timeline.receivedAt());
        LocalDate countFrom = countFrom(timeline);
        LocalDate due = dueDate(timeline);
        LocalDate regularDue = due == null ? null : days.addWorkingDays(countFrom, settings.replyWorkingDays());

        // the intervals that stand still: from the day after the question to the clarified request's receipt
        List<LocalDate[]> paused = new ArrayList<>();
        List<LocalDate> restarts = new ArrayList<>();
        LocalDate end = due;
        for (Pause pause : timeline.pauses()) {
            LocalDate asked = pause.askedAt().atZoneSameInstant(settings.hours().zone()).toLocalDate();
            if (pause.clarifiedAt() == null) {
                paused.add(new LocalDate[] {asked.plusDays(1), null});
                end = asked;
            } else {
                LocalDate restart = effectiveReceipt(pause.clarifiedAt());
                paused.add(new LocalDate[] {asked.plusDays(1), restart});
                restarts.add(restart);
            }
        }

        List<Day> out = new ArrayList<>();
        int count = 0;
        for (LocalDate d = receivedDay; !d.isAfter(end); d = d.plusDays(1)) {
            DayType type = days.classify(d);
            if (d.isBefore(effective)) {
                CodedText why = d.equals(receivedDay) ? receiptCircumstance(received) : skipReason(d, type);
                out.add(new Day(d, type, Counting.BEFORE_RECEIPT, null,
                        new CodedText(why.code(), why.params(), (d.equals(receivedDay) ? "received " : "") + why.text() + "; not counted")));
            } else if (d.equals(effective) && !d.isAfter(countFrom) && restarts.isEmpty()) {
                out.add(new Day(d, type, Counting.RECEIPT, null,
                        CodedText.of("effective-receipt", "effective receipt day: the count starts the day after")));
            } else if (d.equals(effective)) {
                out.add(new Day(d, type, Counting.RECEIPT, null,
                        CodedText.of("effective-receipt-original", "effective receipt day of the original request")));
            } else if (restarts.contains(d)) {
                out.add(new Day(d, type, Counting.RECEIPT, null,
                        CodedText.of("clarified-receipt", "the clarified request counts as received: a new count starts the day after")));
            } else if (inPause(d, paused)) {
                out.add(new Day(d, type, Counting.PAUSED, null, CodedText.of("paused", "paused: waiting for the applicant's clarification")));
            } else if (d.isBefore(countFrom)) {
                out.add(type.working()
                        ? new Day(d, type, Counting.SUPERSEDED, null, CodedText.of("superseded",
                                "counted before the clarification was asked; the clarified request starts a new count"))
                        : new Day(d, type, Counting.SKIPPED, null, skipReason(d, type)));
            } else if (!type.working()) {
                out.add(new Day(d, type, Counting.SKIPPED, null, skipReason(d, type)));
            } else {
                count++;
                boolean extension = count > settings.replyWorkingDays();
                boolean makeUp = type == DayType.MAKE_UP_WORKING_DAY;
                String reason = (extension ? "extension working day " + (count - settings.replyWorkingDays())
                        : "working day " + count + " of " + settings.replyWorkingDays())
                        + (makeUp ? " (make-up working day" + named(d) + ", counted)" : "");
                if (d.equals(due)) {
                    reason += ": the due date";
                }
                CodedText why = extension
                        ? CodedText.of("extension-day", reason, "n", count - settings.replyWorkingDays(), "of", timeline.extensionWorkingDays(),
                                "makeUp", makeUp ? true : null, "holiday", makeUp ? dayNames.get(d) : null, "due", d.equals(due) ? true : null)
                        : CodedText.of("working-day", reason, "n", count, "of", settings.replyWorkingDays(),
                                "makeUp", makeUp ? true : null, "holiday", makeUp ? dayNames.get(d) : null, "due", d.equals(due) ? true : null);
                out.add(new Day(d, type, extension ? Counting.EXTENSION : Counting.COUNTED, count, why));
            }
        }
        CodedText receipt = effectiveReceiptReason(received, effective);
        return new Explanation(timeline.receivedAt(), effective, receipt.text(), receipt,
                countFrom, settings.replyWorkingDays(), regularDue, timeline.extensionWorkingDays(), due, timeline.paused(), out);
    }

    private CodedText effectiveReceiptReason(ZonedDateTime received, LocalDate effective) {
        String opens = settings.hours().opens().toString();
        String closes = settings.hours().closes().toString();
        if (effective.equals(received.toLocalDate())) {
            DayType type = days.classify(effective);
            boolean makeUp = type == DayType.MAKE_UP_WORKING_DAY;
            return CodedText.of(makeUp ? "on-make-up-day" : "on-working-day",
                    "received on a " + (makeUp ? "make-up working day" + named(effective) : "working day")
                            + " within office hours (" + hoursText() + ")",
                    "opens", opens, "closes", closes, "holiday", makeUp ? dayNames.get(effective) : null);
        }
        CodedText circumstance = receiptCircumstance(received);
        return CodedText.of("next-working-day", "received " + circumstance.text() + ": counts as received on the next working day, " + effective,
                "circumstance", circumstance.code(), "effectiveReceipt", effective, "opens", opens, "closes", closes,
                "holiday", circumstance.params().get("holiday"));
    }

    private CodedText receiptCircumstance(ZonedDateTime received) {
        LocalDate day = received.toLocalDate();
        DayType type = days.classify(day);
        if (!type.working()) {
            return type == DayType.HOLIDAY
                    ? CodedText.of("received-on-holiday", "on a holiday" + named(day), "holiday", dayNames.get(day))
                    : CodedText.of("received-on-weekend", "on a weekend");
        }
        LocalTime time = received.toLocalTime();
        boolean before = time.isBefore(settings.hours().opens());
        return CodedText.of(before ? "received-before-hours" : "received-after-hours",
                (before ? "before office hours" : "after office hours") + " (" + hoursText() + ")",
                "opens", settings.hours().opens().toString(), "closes", settings.hours().closes().toString());
    }

    private CodedText skipReason(LocalDate d, DayType type) {
        return type == DayType.HOLIDAY
                ? CodedText.of("holiday", "holiday" + named(d) + ": skipped", "holiday", dayNames.get(d))
                : CodedText.of("weekend", "weekend: skipped");
    }

    private String named(LocalDate d) {
        String name = dayNames.get(d);
        return name == null ? "" : " " + name;
    }

    private String hoursText() {
        return settings.hours().opens() + "–" + settings.hours().closes();
    }

    private static boolean inPause(LocalDate d, List<LocalDate[]> paused) {
        for (LocalDate[] p : paused) {
            if (!d.isBefore(p[0]) && (p[1] == null || d.isBefore(p[1]))) {
                return true;
            }
        }
        return false;
    }
}
