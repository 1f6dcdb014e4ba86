package io.gongkai.stats.figure;

import io.gongkai.commons.period.ReportPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The business day (Asia/Shanghai) of an ISO-8601 time with an offset, as the producers' events carry them.
 * Every event of a catch-up has one or two such times (bench/stats), so the usual shape
 * ({@code 2022-03-01T09:30:00.123+08:00}, or {@code Z}) is read by hand; anything else goes through java.time,
 * which is also what the tests compare with.
 */
public final class BusinessDays {

    // Asia/Shanghai has kept +08:00 all year since 1992
    private static final int ZONE_MINUTES = 8 * 60;
    private static final int FIRST_FIXED_YEAR = 1992;

    private BusinessDays() {
    }

    /** @throws java.time.format.DateTimeParseException when {@code time} is not an ISO-8601 time with an offset */
    public static LocalDate of(String time) {
        LocalDate day = usualShape(time);
        return day != null ? day : OffsetDateTime.parse(time).atZoneSameInstant(ReportPeriod.ZONE).toLocalDate();
    }

    /** The day of a time of the usual shape, or null to leave it to java.time. */
    private static LocalDate usualShape(String t) {
        int n = t.length();
        if (n < 17 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int i = 16;
        if (i < n && t.charAt(i) == ':') {
            if (digits(t, i + 1, 2) < 0 || digits(t, i + 1, 2) > 59) {
                return null;
            }
            i += 3;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return null;
                }
            }
        }
        int offset;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offset = 0;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int hours = digits(t, i + 1, 2);
            int minutes = digits(t, i + 4, 2);
            if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
                return null;
            }
            offset = (t.charAt(i) == '-' ? -1 : 1) * (hours * 60 + minutes);
        } else {
            return null;
        }
        if (year < FIRST_FIXED_YEAR || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        try {
            int local = hour * 60 + minute - offset + ZONE_MINUTES;
            return LocalDate.of(year, month, day).plusDays(Math.floorDiv(local, 24 * 60));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written with {@code count} digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
