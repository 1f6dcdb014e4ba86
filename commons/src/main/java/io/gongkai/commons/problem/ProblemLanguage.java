package io.gongkai.commons.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a problem's {@code title} and {@code detail}: Chinese when the caller prefers it
 * ({@code Accept-Language: zh}, as the web column sends), English otherwise. The {@code type}, the field names
 * of violations and the numbers stay as they are, so a client can still branch on them. Titles come per type
 * from {@code problems_zh.properties}; details and violation messages are translated by the phrase table there,
 * and a detail without a translation becomes the type's Chinese explanation followed by the original text.
 * A service adds the phrases of its own details in {@code META-INF/gongkai-problems_zh.properties} (the same
 * {@code phrase.N.en}/{@code phrase.N.zh} form), tried before the common ones.
 */
public final class ProblemLanguage {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    private static final Properties CATALOGUE = load();
    private static final List<Phrase> PHRASES = phrases();
    private static final Pattern FIELD_MESSAGE = Pattern.compile("^([A-Za-z][\\w.\\[\\]-]*): (.+)$", Pattern.DOTALL);

    private record Phrase(Pattern english, String chinese) {
    }

    private ProblemLanguage() {
    }

    /** Whether an Accept-Language header ranks Chinese above English (a malformed header: English). */
    public static boolean prefersChinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (tag.equals("zh") || tag.startsWith("zh-")) {
                    return true;
                }
                if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*")) {
                    return false;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return false;
    }

    /** The Content-Language of the answer to a caller with this Accept-Language. */
    public static String of(String acceptLanguage) {
        return prefersChinese(acceptLanguage) ? CHINESE : ENGLISH;
    }

    /** The problem as a caller with this Accept-Language reads it. */
    public static Problem localize(Problem problem, String acceptLanguage) {
        if (!prefersChinese(acceptLanguage)) {
            return problem;
        }
        String slug = problem.type() != null && problem.type().startsWith(Problem.TYPE_BASE)
                ? problem.type().substring(Problem.TYPE_BASE.length()) : "";
        String title = CATALOGUE.getProperty("title." + slug, CATALOGUE.getProperty("title.status." + problem.status(),
                problem.title()));
        List<Problem.Violation> violations = problem.violations() == null ? null : problem.violations().stream()
                .map(v -> new Problem.Violation(v.field(), translateOr(v.message(), v.message()))).toList();
        return new Problem(problem.type(), title, problem.status(), detail(problem.detail(), slug, problem.status()),
                problem.instance(), problem.requestId(), violations);
    }

    private static String detail(String english, String slug, int status) {
        String general = CATALOGUE.getProperty("detail." + slug, CATALOGUE.getProperty("detail.status." + status));
        if (english == null || english.isBlank()) {
            return general;
        }
        String translated = translate(english);
        if (translated != null) {
            return translated;
        }
        return general == null ? english : general + "（" + english + "）";
    }

    private static String translateOr(String english, String fallback) {
        String translated = english == null ? null : translate(english);
        return translated != null ? translated : fallback;
    }

    /** A whole text translated, or null when the table has no phrase for it. */
    static String translate(String english) {
        String text = english.strip();
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.english().matcher(text);
            if (m.matches()) {
                return m.replaceFirst(phrase.chinese());
            }
        }
        if (text.contains("; ")) {
            // a validation detail lists each violation: "title: must not be blank; unit: is required"
            List<String> parts = new ArrayList<>();
            for (String part : text.split("; ")) {
                String translated = translate(part);
                if (translated == null) {
                    return null;
                }
                parts.add(translated);
            }
            return String.join("；", parts);
        }
        Matcher field = FIELD_MESSAGE.matcher(text);
        if (field.matches()) {
            String message = translate(field.group(2));
            if (message != null) {
                return field.group(1) + "：" + message;
            }
        }
        return null;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ProblemLanguage.class.getResourceAsStream("problems_zh.properties")) {
            if (in == null) {
                throw new IllegalStateException("problems_zh.properties is missing beside ProblemLanguage");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static List<Phrase> phrases() {
        List<Phrase> phrases = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            var services = (loader != null ? loader : ProblemLanguage.class.getClassLoader())
                    .getResources("META-INF/gongkai-problems_zh.properties");
            while (services.hasMoreElements()) {
                Properties own = new Properties();
                try (InputStream in = services.nextElement().openStream()) {
                    own.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                addPhrases(own, phrases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addPhrases(CATALOGUE, phrases);
        return List.copyOf(phrases);
    }

    private static void addPhrases(Properties table, List<Phrase> phrases) {
        for (int i = 1; table.getProperty("phrase." + i + ".en") != null; i++) {
            phrases.add(new Phrase(Pattern.compile(table.getProperty("phrase." + i + ".en"), Pattern.DOTALL),
                    table.getProperty("phrase." + i + ".zh")));
        }
    }
}
