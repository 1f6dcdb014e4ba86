package io.gongkai.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void aCharacterWhoseLowerCaseIsLongerIsMarkedWhole() {
        // "İ".toLowerCase() is two chars (i + U+0307): the text and the folded text no longer line up
        assertEquals("<mark>İstanbul</mark> 大学", Highlight.mark("İstanbul 大学", "İSTANBUL").toString());
        assertEquals("<mark>İ</mark><mark>İ</mark>", Highlight.mark("İİ", "İ").toString());
        assertEquals("İ", Highlight.mark("İ", "i").toString(), "half of a character is never marked");
        assertEquals("学<mark>İ</mark>校", Highlight.mark("学İ校", "İ").toString());
        assertEquals("İ学<mark>校</mark>", Highlight.mark("İ学校", "校").toString());
        assertEquals("😀<mark>招生</mark>", Highlight.mark("😀招生", "招生").toString());
    }

    private static final int[] AWKWARD = {'İ', 'ı', 'ẞ', 'ß', 'Σ', 'ς', 'σ', 'Ω', 'Å', 'ǅ', 'ﬀ', 0x0307, 0x1F600, 0x10400, 0x10428,
            '<', '>', '&', '"', '\'', ' ', '　', '，', '。', '-', 'a', 'A', 'i', 'I', '招', '生', '章', '程'};

    private static String randomText(Random random, int maxLength) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxLength + 1);
        for (int i = 0; i < n; i++) {
            int cp;
            switch (random.nextInt(3)) {
                case 0 -> cp = AWKWARD[random.nextInt(AWKWARD.length)];
                case 1 -> cp = random.nextInt(0x3000);
                default -> cp = random.nextInt(Character.MAX_CODE_POINT + 1);
            }
            if (Character.isDefined(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }

    private static String unmark(String html) {
        return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void overRandomUnicodeTheTextComesBackWholeAndEveryMarkIsATerm() {
        Random random = new Random(20221208L);
        Pattern marks = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
        for (int run = 0; run < 20_000; run++) {
            String text = randomText(random, 40);
            String query;
            if (!text.isEmpty() && random.nextBoolean()) {
                // a piece of the text itself, on code point boundaries, so that marks are found
                int[] cps = text.codePoints().toArray();
                int from = random.nextInt(cps.length);
                int to = from + 1 + random.nextInt(Math.min(4, cps.length - from));
                query = new String(cps, from, to - from);
            } else {
                query = randomText(random, 6);
            }
            String html = Highlight.mark(text, query).toString();
            String seed = "text=" + text.codePoints().mapToObj(Integer::toHexString).toList() + " query="
                    + query.codePoints().mapToObj(Integer::toHexString).toList();
            assertEquals(text, unmark(html), seed);
            List<String> terms = Highlight.terms(query);
            Matcher m = marks.matcher(html);
            while (m.find()) {
                String marked = unmark(m.group(1));
                StringBuilder folded = new StringBuilder();
                marked.codePoints().forEach(cp -> folded.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT)));
                assertTrue(terms.contains(folded.toString()), seed + " marked " + marked);
            }
            assertTrue(html.replaceAll("</?mark>", "").indexOf('<') < 0, seed);
        }
    }
}
