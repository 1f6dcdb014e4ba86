package io.gongkai.bench.inquiry;

import io.gongkai.commons.calendar.WorkingDays;
import io.gongkai.inquiry.request.RequestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The due date of a request (RequestClock.dueDate, the one implementation the service uses) over the five official
 * calendars 2022–2026: receipt times every 37 minutes from 1 Jan 2022 to 15 Nov 2026, day and night, weekdays, weekends,
 * holidays and 调休 Saturdays alike, so the count crosses every holiday of the five years. Each invocation takes the next
 * receipt of the cycle. Variants: a plain request; one paused for clarification (asked 3 days after receipt, clarified
 * 10 days later: the count restarts); one also extended by 15 working days.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DueDateBench {

    /** the folder of the calendars 2022.csv … 2026.csv (date,kind,name: the State Council's notices) */
    @Param("../../../inquiry-service/src/test/resources/calendar")
    public String calendars;

    private RequestClock clock;
    private RequestClock.Timeline[] plain;
    private RequestClock.Timeline[] clarified;
    private RequestClock.Timeline[] extended;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Map<LocalDate, WorkingDays.Kind> kinds = new HashMap<>();
        Map<LocalDate, String> names = new HashMap<>();
        for (int year = 2022; year <= 2026; year++) {
            List<String> lines = Files.readAllLines(Path.of(calendars, year + ".csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                LocalDate day = LocalDate.parse(cells[0]);
                kinds.put(day, "workday".equals(cells[1]) ? WorkingDays.Kind.WORKDAY : WorkingDays.Kind.HOLIDAY);
                names.put(day, cells[2]);
            }
        }
        // the service's settings: 15 working days, at most 15 more, office hours 08:00–17:00 in Asia/Shanghai
        clock = new RequestClock(new WorkingDays(kinds), names, new RequestClock.Settings(15, 15,
                new WorkingDays.OfficeHours(LocalTime.of(8, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"))));
        List<OffsetDateTime> receipts = new ArrayList<>();
        OffsetDateTime end = OffsetDateTime.of(2026, 11, 15, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        for (OffsetDateTime t = OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)); t.isBefore(end); t = t.plusMinutes(37)) {
            receipts.add(t);
        }
        int n = receipts.size();
        plain = new RequestClock.Timeline[n];
        clarified = new RequestClock.Timeline[n];
        extended = new RequestClock.Timeline[n];
        for (int i = 0; i < n; i++) {
            OffsetDateTime received = receipts.get(i);
            List<RequestClock.Pause> pause = List.of(new RequestClock.Pause(received.plus(Duration.ofDays(3)), received.plus(Duration.ofDays(13))));
            plain[i] = RequestClock.Timeline.of(received);
            clarified[i] = new RequestClock.Timeline(received, pause, 0);
            extended[i] = new RequestClock.Timeline(received, pause, 15);
        }
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == plain.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public LocalDate dueDate() {
        return clock.dueDate(plain[nextIndex()]);
    }

    @Benchmark
    public LocalDate dueDateAfterClarification() {
        return clock.dueDate(clarified[nextIndex()]);
    }

    @Benchmark
    public LocalDate dueDateAfterClarificationAndExtension() {
        return clock.dueDate(extended[nextIndex()]);
    }

    /** what the intake does: the timeline of a new request, then its due date */
    @Benchmark
    public LocalDate timelineAndDueDate() {
        return clock.dueDate(RequestClock.Timeline.of(plain[nextIndex()].receivedAt()));
    }
}
