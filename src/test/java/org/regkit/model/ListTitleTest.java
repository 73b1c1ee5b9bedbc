package org.regkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regkit.ingest.TextImporter;
import org.regkit.ingest.ImportOptions;
import org.regkit.io.InputException;
import org.regkit.model.ListTitle.Style;

/** One reader and writer of list titles, for the importer, the validator and citations alike. */
class ListTitleTest {
    private static Style style(String line) {
        return ListTitle.opening(line).title().style();
    }

    @Test
    void readsEveryStyleAtTheStartOfALine() {
        assertEquals(Style.PAREN_NUMBER, style("(1) 本文"));
        assertEquals(Style.PAREN_NUMBER, style("（１２）　本文"));
        assertEquals(3, ListTitle.opening("⑶ 本文").title().number());
        assertEquals(Style.KANJI_NUMBER, style("十一　本文"));
        assertEquals(11, ListTitle.opening("十一　本文").title().number());
        assertEquals(Style.KATAKANA, style("ア 本文"));
        assertEquals(Style.PAREN_KATAKANA, style("(ア) 本文"));
        assertEquals(Style.LATIN, style("ａ 本文"));
        assertEquals(Style.PAREN_LATIN, style("(b) 本文"));
        assertEquals(Style.PAREN_KANJI, style("（二）　本文"));
        assertEquals(Style.PAREN_ROMAN, style("(iv) 本文"));
        assertEquals("3_2", ListTitle.opening("(3)の２ 本文").title().machineNumber(null));
        assertEquals("本文", ListTitle.opening("(3)の２ 本文").rest());
        assertNull(ListTitle.opening("アに掲げるもの"), "a title must be followed by a space");
        assertNull(ListTitle.opening("(1)"), "and by text");
    }

    @Test
    void readsATitleAloneAsTheValidatorAndCitationsDo() {
        assertEquals("1_2", TitleNumbers.list("一の二", null));
        assertEquals("2", TitleNumbers.list("（ｉｉ）", null, true), "e-Gov's full-width roman numerals");
        assertEquals("9", TitleNumbers.list("(i)", null, false), "(i) after (h) is a letter");
        assertEquals("3", TitleNumbers.list("ハ", KanaSequence.IROHA));
        assertEquals("1:3", TitleNumbers.list("一から三まで", null));
        assertEquals("1:2", TitleNumbers.list("イ・ロ", KanaSequence.IROHA));
        assertNull(ListTitle.read("(1) 本文"), "a title alone has nothing after it");
        // what the importer accepts, the validator reads: ⑶ and （二） were once read by the one and not the other
        for (String t : new String[] {"⑶", "（二）", "(ア)", "ａ", "(b)", "（１２）"}) {
            assertEquals(ListTitle.opening(t + "　本文").title().machineNumber(KanaSequence.AIUEO), TitleNumbers.list(t, KanaSequence.AIUEO), t);
        }
    }

    @Test
    void writesTitlesInTheRegulationsStyle() {
        assertEquals("(1)", ListTitle.write(Style.PAREN_NUMBER, 1, null, NumberStyle.ASCII));
        assertEquals("(１)", ListTitle.write(Style.PAREN_NUMBER, 1, null, NumberStyle.FULL_WIDTH));
        assertEquals("十二", ListTitle.write(Style.KANJI_NUMBER, 12, null, NumberStyle.KANJI));
        assertEquals("ウ", ListTitle.write(Style.KATAKANA, 3, KanaSequence.AIUEO, NumberStyle.FULL_WIDTH));
        assertEquals("ハ", ListTitle.write(Style.KATAKANA, 3, KanaSequence.IROHA, NumberStyle.KANJI));
        assertEquals("（ｉｖ）", ListTitle.write(Style.PAREN_ROMAN, 4, null, NumberStyle.KANJI));
        for (Style s : Style.values()) {
            String written = ListTitle.write(s, 2, KanaSequence.IROHA, NumberStyle.FULL_WIDTH);
            assertEquals(s, ListTitle.read(written).style(), written);
            assertEquals(2, ListTitle.read(written).position(KanaSequence.IROHA), written);
        }
    }

    @Test
    void iAfterHIsALetterNotARomanOne() throws InputException {
        StringBuilder text = new StringBuilder("○規程\n令和７年１月１日\n訓令第１号\n第１条 次のとおり。\n");
        for (char c = 'a'; c <= 'j'; c++) {
            text.append("(").append(c).append(") 項目").append(c).append("\n");
        }
        byte[] xml = TextImporter.importText(text.toString().getBytes(StandardCharsets.UTF_8), "x.txt",
                new ImportOptions(null, null)).xml();
        String s = new String(xml, StandardCharsets.UTF_8);
        assertTrue(s.contains("<Item Num=\"9\">\n            <ItemTitle>(i)</ItemTitle>"), s);
        assertTrue(s.contains("<Item Num=\"10\">"), s);
    }
}
