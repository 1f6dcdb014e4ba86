package io.gongkai.stats.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** How the report words a channel's or a petition group's figure (report/wording.properties: data, not code). */
public final class Wording {

    private final Properties phrases;

    public Wording(Properties phrases) {
        this.phrases = phrases;
    }

    public static Wording standard() {
        Properties phrases = new Properties();
        try (Reader in = new InputStreamReader(Wording.class.getResourceAsStream("/report/wording.properties"), StandardCharsets.UTF_8)) {
            phrases.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wording(phrases);
    }

    public String channel(String code, long count) {
        return MessageFormat.format(phrases.getProperty("channel." + code, "通过" + code + "公开信息 {0} 条"), Long.toString(count));
    }

    public String outcome(String code) {
        return phrases.getProperty("outcome." + code, code);
    }

    public String basis(String code) {
        return phrases.getProperty("basis." + code, code);
    }

    public String petitions(String group, long count) {
        return MessageFormat.format(phrases.getProperty("petitions." + group, "通过" + group + "受理信访事项 {0} 件"), Long.toString(count));
    }
}
