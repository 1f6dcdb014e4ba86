package io.gongkai.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    private static Problem problem(String slug, int status, String detail, List<Problem.Violation> violations) {
        return new Problem(Problem.TYPE_BASE + slug, "English title", status, detail, "/api/v1/items", "req-1", violations);
    }

    @Test
    void chineseIsChosenOnlyWhenRankedAboveEnglish() {
        assertTrue(ProblemLanguage.prefersChinese("zh"));
        assertTrue(ProblemLanguage.prefersChinese("zh-CN,zh;q=0.9,en;q=0.8"));
        assertTrue(ProblemLanguage.prefersChinese("en;q=0.5, zh-Hans;q=0.9"));
        assertFalse(ProblemLanguage.prefersChinese("en-US,en;q=0.9,zh;q=0.8"));
        assertFalse(ProblemLanguage.prefersChinese(null));
        assertFalse(ProblemLanguage.prefersChinese(""));
        assertFalse(ProblemLanguage.prefersChinese("fr, *;q=0.1"));
        assertFalse(ProblemLanguage.prefersChinese("zh;q=0"));
        assertFalse(ProblemLanguage.prefersChinese(";;;=garbage"));
        assertEquals("zh-CN", ProblemLanguage.of("zh-TW"));
        assertEquals("en", ProblemLanguage.of("de"));
    }

    @Test
    void englishCallersGetTheProblemUnchanged() {
        Problem p = problem("not-found", 404, "Item 42 does not exist", List.of());
        assertSame(p, ProblemLanguage.localize(p, "en"));
    }

    @Test
    void titleDetailAndViolationMessagesAreTranslatedFieldNamesAndTypeKept() {
        Problem p = problem("validation", 400, "title: must not be blank; limit: must be less than or equal to 100",
                List.of(new Problem.Violation("title", "must not be blank"), new Problem.Violation("limit",
                        "must be less than or equal to 100")));
        Problem zh = ProblemLanguage.localize(p, "zh-CN");
        assertEquals(Problem.TYPE_BASE + "validation", zh.type());
        assertEquals("请求无效", zh.title());
        assertEquals("title：不能为空；limit：必须小于或等于 100", zh.detail());
        assertEquals(List.of(new Problem.Violation("title", "不能为空"), new Problem.Violation("limit", "必须小于或等于 100")),
                zh.violations());
        assertEquals(400, zh.status());
        assertEquals("/api/v1/items", zh.instance());
        assertEquals("req-1", zh.requestId());
    }

    @Test
    void aDetailWithoutATranslationKeepsTheOriginalAfterTheTypesExplanation() {
        Problem zh = ProblemLanguage.localize(problem("wrong-state", 409, "Cannot extend a request that was already extended",
                List.of()), "zh");
        assertEquals("当前状态不允许此步骤", zh.title());
        assertEquals("该步骤在当前状态下不允许；请先查看当前状态和允许的步骤。（Cannot extend a request that was already extended）",
                zh.detail());
    }

    @Test
    void knownSentencesAreTranslatedWithTheirValues() {
        assertEquals("Item 3f2a 不存在", ProblemLanguage.translate("Item 3f2a does not exist"));
        assertEquals("/api/v1/nothing 处没有任何资源", ProblemLanguage.translate("Nothing is at /api/v1/nothing"));
        assertEquals("请求体不是有效的 JSON（第 3 行）", ProblemLanguage.translate("The request body is not valid JSON (line 3)"));
        assertEquals("必须是以下之一：NEWEST, RELEVANCE", ProblemLanguage.translate("must be one of NEWEST, RELEVANCE"));
        assertEquals(null, ProblemLanguage.translate("an entirely new sentence"));
    }

    @Test
    void everyTypeIsListedInTheDocsWithItsChineseTitle() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "problems.md"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (\\d{3}) \\|").matcher(docs);
        while (row.find()) {
            listed.add(row.group(1));
        }
        java.util.Properties catalogue = new java.util.Properties();
        try (var in = ProblemLanguage.class.getResourceAsStream("problems_zh.properties")) {
            catalogue.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.Set<String> translated = new java.util.TreeSet<>();
        for (String key : catalogue.stringPropertyNames()) {
            if (key.startsWith("title.") && !key.startsWith("title.status.")) {
                translated.add(key.substring("title.".length()));
            }
        }
        assertEquals(translated, listed, "docs/problems.md and problems_zh.properties list the same types");
    }

    @Test
    void anUnknownTypeFallsBackToItsStatus() {
        Problem zh = ProblemLanguage.localize(problem("http-418", 418, null, List.of()), "zh");
        assertEquals("English title", zh.title());
        Problem gone = ProblemLanguage.localize(problem("something-new", 503, null, List.of()), "zh");
        assertEquals("服务暂不可用", gone.title());
    }
}
