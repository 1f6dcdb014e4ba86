package io.gongkai.stats.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.commons.period.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The business day of an event's time: the hand-read usual shapes give exactly what java.time gives. */
class BusinessDaysTest {

    private static LocalDate javaTime(String time) {
        return OffsetDateTime.parse(time).atZoneSameInstant(ReportPeriod.ZONE).toLocalDate();
    }

    @Test
    void aTimeLateInTheEveningInUtcIsTheNextDayInShanghai() {
        assertEquals(LocalDate.of(2022, 3, 2), BusinessDays.of("2022-03-01T16:00:00Z"));
        assertEquals(LocalDate.of(2022, 3, 1), BusinessDays.of("2022-03-01T15:59:59.999999Z"));
        assertEquals(LocalDate.of(2022, 3, 1), BusinessDays.of("2022-03-01T00:00+08:00"));
        assertEquals(LocalDate.of(2022, 3, 2), BusinessDays.of("2022-03-01T07:30:00-10:00"));
        assertEquals(LocalDate.of(2024, 3, 1), BusinessDays.of("2024-02-29T23:00:00+05:00"));
        assertEquals(LocalDate.of(2023, 1, 1), BusinessDays.of("2022-12-31T18:00:00.5+02:00"));
    }

    @Test
    void randomTimesAndOffsetsAgreeWithJavaTime() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(700_000_000L + (long) (random.nextDouble() * 2_000_000_000L), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800);
            String time = OffsetDateTime.ofInstant(instant, offset).toString();
            assertEquals(javaTime(time), BusinessDays.of(time), time);
        }
    }

    @Test
    void otherShapesAndOldTimesGoThroughJavaTime() {
        for (String time : new String[] {"1985-07-01T23:30:00+08:00", "2022-03-01T10:15:30+01:00:30", "2022-03-01T10:15:30.123456789Z",
                "1991-09-14T15:30:00Z"}) {
            assertEquals(javaTime(time), BusinessDays.of(time), time);
        }
    }

    @Test
    void whatIsNotATimeIsRefusedAsJavaTimeRefusesIt() {
        for (String time : new String[] {"not a time", "2022-02-30T10:00:00Z", "2022-03-01T24:00:00Z", "2022-03-01T10:60:00Z",
                "2022-03-01T10:00:00", "2022-03-01T10:00:00+19:00", "2022-03-01T10:00:00+18:30", "2022-13-01T10:00:00Z", "２０２２-03-01T10:00:00Z"}) {
            assertThrows(DateTimeParseException.class, () -> BusinessDays.of(time), time);
        }
    }
}
