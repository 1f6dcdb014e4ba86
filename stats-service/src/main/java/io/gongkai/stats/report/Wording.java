package io.gongkai.stats.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/** How the report words a channel's or a petition group's figure (report/wording.properties: data, not code). */
public final class Wording {

    private final Properties phrases;
    private final List<String> order;

    /** @param order the keys in the order the report lists them (the file's order) */
    public Wording(Properties phrases, List<String> order) {
        this.phrases = phrases;
        this.order = List.copyOf(order);
    }

    public static Wording standard() {
        Properties phrases = new Properties();
        List<String> order = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Wording.class.getResourceAsStream("/report/wording.properties"), StandardCharsets.UTF_8))) {
            String text = in.lines().collect(Collectors.joining("\n"));
            phrases.load(new StringReader(text));
            text.lines().filter(l -> !l.startsWith("#") && l.contains("=")).forEach(l -> order.add(l.substring(0, l.indexOf('='))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wording(phrases, order);
    }

    public String channel(String code, long count) {
        return MessageFormat.format(phrases.getProperty("channel." + code, "通过" + code + "公开信息 {0} 条"), Long.toString(count));
    }

    /** Where a channel stands in the report's sentence (the wording file's order; unknown ones last). */
    public int channelOrder(String code) {
        int i = order.indexOf("channel." + code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public int petitionOrder(String group) {
        int i = order.indexOf("petitions." + group);
        return i < 0 ? Integer.MAX_VALUE : i;
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
