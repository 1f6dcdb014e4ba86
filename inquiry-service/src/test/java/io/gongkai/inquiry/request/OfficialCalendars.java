package io.gongkai.inquiry.request;

import io.gongkai.commons.calendar.WorkingDays;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The State Council calendars 2021–2026 as published (test resources calendar/YYYY.csv: date,kind,name). */
final class OfficialCalendars {

    static final Map<LocalDate, WorkingDays.Kind> KINDS = new HashMap<>();
    static final Map<LocalDate, String> NAMES = new HashMap<>();

    static {
        for (int year = 2021; year <= 2026; year++) {
            try (InputStream in = OfficialCalendars.class.getResourceAsStream("/calendar/" + year + ".csv");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.readLine();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] cells = line.split(",");
                    LocalDate day = LocalDate.parse(cells[0]);
                    KINDS.put(day, "workday".equals(cells[1]) ? WorkingDays.Kind.WORKDAY : WorkingDays.Kind.HOLIDAY);
                    NAMES.put(day, cells[2]);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private OfficialCalendars() {
    }

    static WorkingDays workingDays() {
        return new WorkingDays(KINDS);
    }
}
