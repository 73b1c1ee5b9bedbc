package org.regkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumeralsTest {
    @ParameterizedTest
    @CsvSource({"27,27", "２７,27", "二十七,27", "十,10", "百二,102", "一〇二,102", "千九百九十九,1999",
            "三十,30", "〇,0", "二万三千,23000"})
    void parsesEveryStyle(String text, int value) {
        assertEquals(value, Numerals.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"1,一", "10,十", "11,十一", "27,二十七", "102,百二", "1999,千九百九十九", "20000,二万"})
    void writesKanji(int value, String text) {
        assertEquals(text, Numerals.kanji(value));
        assertEquals(value, Numerals.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"i,1", "ii,2", "iv,4", "ix,9", "xii,12", "xl,40", "iiii,0", "a,0", "ｉ,1", "ｉｉｉ,3", "ｘｉｖ,14", "ＩＶ,4"})
    void readsRomanNumerals(String text, int value) {
        assertEquals(value, Numerals.roman(text));
    }

    @Test
    void writesFullWidth() {
        assertEquals("１２", Numerals.fullWidth(12));
        assertEquals("令和6年", Numerals.asciiDigits("令和６年"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertFalse(Numerals.isNumber("第3"));
        assertThrows(NumberFormatException.class, () -> Numerals.parse("ア"));
    }

    @Test
    void kanaSequences() {
        assertEquals(KanaSequence.AIUEO, KanaSequence.startingWith('ア'));
        assertEquals(KanaSequence.IROHA, KanaSequence.startingWith('イ'));
        assertEquals(3, KanaSequence.IROHA.position('ハ'));
        assertEquals(3, KanaSequence.AIUEO.position('ウ'));
        assertEquals('ロ', KanaSequence.IROHA.letter(2));
        assertTrue(KanaSequence.isLetter('ヲ'));
    }

    @ParameterizedTest
    @CsvSource({"令和６年５月30日,2024-05-30", "令和元年５月１日,2019-05-01", "平成三十年三月三十日,2018-03-30",
            "昭和64年1月7日,1989-01-07", "令和７年４月１日,2025-04-01"})
    void japaneseDates(String text, String iso) {
        assertEquals(LocalDate.parse(iso), JapaneseDates.parseExact(text));
        assertEquals(LocalDate.parse(iso), JapaneseDates.parseAny(text));
    }

    @Test
    void japaneseDatesFormatAndEraNames() {
        assertEquals("令和７年４月１日", JapaneseDates.format(LocalDate.of(2025, 4, 1)));
        assertEquals("令和元年５月１日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("明治五年十一月九日", JapaneseDates.format(LocalDate.of(1872, 11, 9), NumberStyle.KANJI),
                "e-Gov records laws of Meiji 1 to 5, before Japan took the Gregorian calendar");
        assertEquals("明治元年９月８日", JapaneseDates.format(LocalDate.of(1868, 9, 8)));
        assertEquals("明治６年１月１日", JapaneseDates.format(LocalDate.of(1873, 1, 1)));
        assertEquals("西暦1010年４月１日", JapaneseDates.format(LocalDate.of(1010, 4, 1)),
                "a day no era covers is still written, not refused");
        assertEquals("Reiwa", JapaneseDates.egovEra("令和"));
        assertEquals("Heisei", JapaneseDates.egovEra("平成"));
        assertThrows(java.time.DateTimeException.class, () -> JapaneseDates.toIso("平成", 31, 5, 1),
                "平成31年5月1日 does not exist: Reiwa began that day");
        assertThrows(IllegalArgumentException.class, () -> JapaneseDates.parseAny("来年"));
    }
}
