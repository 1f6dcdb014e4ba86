package io.gongkai.web.page;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How dates and sizes read on the pages (Beijing time, Chinese dates). */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    static String day(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ColumnPages.ZONE).format(DAY);
    }

    static String isoDay(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ColumnPages.ZONE).format(ISO_DAY);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    static io.quarkus.qute.RawString mark(String text, String query) {
        return Highlight.mark(text, query);
    }

    static String bytes(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
