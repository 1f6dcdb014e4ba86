package io.gongkai.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void termsAreMarkedInEscapedText() {
        assertEquals("2022年<mark>招生</mark>章程 &lt;b&gt;", Highlight.mark("2022年招生章程 <b>", "招生").toString());
        assertEquals("<mark>Tuition</mark> and <mark>tuition</mark>", Highlight.mark("Tuition and tuition", "TUITION").toString());
    }

    @Test
    void theLongestTermWinsAndNothingIsMarkedWithoutAQuery() {
        assertEquals("<mark>招生章程</mark>", Highlight.mark("招生章程", "招生 招生章程").toString());
        assertEquals("a &amp; b", Highlight.mark("a & b", null).toString());
        assertEquals("a &amp; b", Highlight.mark("a & b", "  ").toString());
        assertEquals(List.of("招生章程", "招生"), Highlight.terms("招生，招生章程"));
    }

    @Test
    void markupInTheQueryIsNotMarkupInThePage() {
        assertEquals("&lt;<mark>script</mark>&gt;", Highlight.mark("<script>", "script").toString());
        assertEquals("", Highlight.mark(null, "x").toString());
    }
}
