package io.gongkai.console.page;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates and amounts read on the pages (Beijing time, Chinese dates). */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private Formats() {
    }

    static String day(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZONE).format(DAY);
    }

    static String time(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZONE).format(TIME);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString() + " 元";
    }
}
