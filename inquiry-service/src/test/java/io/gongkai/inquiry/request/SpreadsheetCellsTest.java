package io.gongkai.inquiry.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"点我\")", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1",
            "=1", "+cmd|' /C calc'!A0", "-"})
    void formulaLookingTextStartsWithAnApostrophe(String value) {
        assertEquals("'" + value, SpreadsheetCells.text(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "+86 138 0000 0000", "+8613800000000", "张-三", "a=b", "2022-10-10", ""})
    void ordinaryTextAndPhoneNumbersStayAsTheyAre(String value) {
        assertEquals(value, SpreadsheetCells.text(value));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(SpreadsheetCells.text(null));
    }
}
