package io.gongkai.disclosure.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BigramsTest {

    @Test
    void chineseRunsBecomeOverlappingBigramsAndTheirLastCharacter() {
        assertEquals("招生 生章 章程 程", Bigrams.indexTokens("招生章程"));
    }

    @Test
    void latinWordsAndDigitsAreLowerCaseWords() {
        assertEquals("2022 年度 度报 报告 告 pdf", Bigrams.indexTokens("2022年度报告.PDF"));
    }

    @Test
    void aLoneChineseCharacterIsKept() {
        assertEquals("a 年 b", Bigrams.indexTokens("A 年 b"));
    }

    @Test
    void punctuationSeparatesRuns() {
        assertEquals("招生 生 计划 划", Bigrams.indexTokens("招生，计划"));
    }

    @Test
    void emptyAndNullGiveNothing() {
        assertEquals("", Bigrams.indexTokens(null));
        assertEquals("", Bigrams.indexTokens("  ，。!! "));
        assertTrue(Bigrams.queryTerms("，。").isEmpty());
    }

    @Test
    void aTwoCharacterQueryIsOneBigram() {
        assertEquals(List.of(new Bigrams.Term("招生", false)), Bigrams.queryTerms("招生"));
        assertEquals("'招生'", Bigrams.tsquery(Bigrams.queryTerms("招生"), null));
    }

    @Test
    void longerQueriesAndTheirBigramsAreAnded() {
        assertEquals("'招生' & '生章' & '章程'", Bigrams.tsquery(Bigrams.queryTerms("招生章程"), null));
        assertEquals("'招生':A & '生章':A & '章程':A", Bigrams.tsquery(Bigrams.queryTerms("招生章程"), "A"));
    }

    @Test
    void aSingleCharacterQueryIsAPrefixOfBigrams() {
        assertEquals("'年':*", Bigrams.tsquery(Bigrams.queryTerms("年"), null));
        assertEquals("'年':*A", Bigrams.tsquery(Bigrams.queryTerms("年"), "A"));
    }

    @Test
    void queryTermsAreDistinctAndMixed() {
        assertEquals("'2022' & '招生' & 'pdf'", Bigrams.tsquery(Bigrams.queryTerms("2022 招生 PDF 招生"), null));
    }

    @Test
    void sqlAndTsqueryOperatorsNeverReachTheQuery() {
        assertEquals("'drop' & 'table' & 'item'", Bigrams.tsquery(Bigrams.queryTerms("'; DROP TABLE item; -- & | ! :*"), null));
    }

    @Test
    void theVectorLiteralNumbersThePartsOneAfterTheOther() {
        assertEquals("'招生':1A,5B '生':2A,6B '计划':3B '划招':4B 'pdf':7D '划':8D",
                ordered(Bigrams.searchVector("招生", "计划招生", "PDF 划")));
        assertEquals("", Bigrams.searchVector("，", null, ""));
    }

    @Test
    void aLexemeKeepsAtMost255PositionsOfAPartAnd256InAll() {
        assertEquals(255, Bigrams.searchVector(null, null, "年 ".repeat(400)).split(",").length);
        assertEquals(256, Bigrams.searchVector("年", "年", "年 ".repeat(400)).split(",").length);
    }

    /** The literal's lexemes in order of first position (the vector itself does not keep an order). */
    private static String ordered(String vector) {
        return java.util.Arrays.stream(vector.split(" "))
                .sorted(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.replaceAll(".*':(\\d+).*", "$1"))))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void theFastCjkTestAgreesWithUnicodeScriptsEverywhere() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Bigrams.isCjk(cp) != Bigrams.isCjkScript(cp)) {
                throw new AssertionError("U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void veryLongBodiesAreCut() {
        String body = "学".repeat(Bigrams.MAX_CHARS * 2);
        assertTrue(Bigrams.indexTokens(body).length() <= Bigrams.MAX_CHARS * 3);
    }
}
