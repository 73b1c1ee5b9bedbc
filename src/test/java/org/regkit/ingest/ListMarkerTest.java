package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regkit.io.InputException;

class ListMarkerTest {
    @Test
    void recognisesEveryStyle() {
        assertEquals(ListMarker.Style.PAREN_NUMBER, ListMarker.of("(1) 本文").style());
        assertEquals(ListMarker.Style.PAREN_NUMBER, ListMarker.of("（１２）　本文").style());
        assertEquals(3, ListMarker.of("⑶ 本文").number());
        assertEquals(ListMarker.Style.KANJI_NUMBER, ListMarker.of("十一　本文").style());
        assertEquals(11, ListMarker.of("十一　本文").number());
        assertEquals(ListMarker.Style.KATAKANA, ListMarker.of("ア 本文").style());
        assertEquals(ListMarker.Style.PAREN_KATAKANA, ListMarker.of("(ア) 本文").style());
        assertEquals(ListMarker.Style.LATIN, ListMarker.of("ａ 本文").style());
        assertEquals(ListMarker.Style.PAREN_LATIN, ListMarker.of("(b) 本文").style());
        assertEquals(ListMarker.Style.PAREN_KANJI, ListMarker.of("（二）　本文").style());
        assertEquals(ListMarker.Style.PAREN_ROMAN, ListMarker.of("(iv) 本文").style());
        assertEquals("3_2", ListMarker.of("(3)の２ 本文").machineNumber(null));
        assertNull(ListMarker.of("アに掲げるもの"), "a title must be followed by a space");
        assertNull(ListMarker.of("(1)"), "and by text");
    }

    @Test
    void iAfterHIsALetterNotARomanOne() throws InputException {
        StringBuilder text = new StringBuilder("○規程\n令和７年１月１日\n訓令第１号\n第１条 次のとおり。\n");
        for (char c = 'a'; c <= 'j'; c++) {
            text.append("(").append(c).append(") 項目").append(c).append("\n");
        }
        byte[] xml = TextImporter.importText(text.toString().getBytes(StandardCharsets.UTF_8), "x.txt",
                new TextImporter.Options(null, null)).xml();
        String s = new String(xml, StandardCharsets.UTF_8);
        assertTrue(s.contains("<Item Num=\"9\">\n            <ItemTitle>(i)</ItemTitle>"), s);
        assertTrue(s.contains("<Item Num=\"10\">"), s);
    }
}
