package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Table rows written as lines, split into their cells. */
class SpacesTest {
    @Test
    void ideographicSpacesSeparateCellsAndKeepAsciiSpacesInside() {
        assertEquals(List.of("第１種", "USB メモリ", "金庫"), Spaces.cells("第１種　USB メモリ　金庫"));
        assertEquals(List.of("区分", "例"), Spaces.cells("　区分　　例　"));
    }

    @Test
    void textFromAPdfIsSplitAtEverySpaceButBetweenLatinWords() {
        assertEquals(List.of("第１種", "Windows 11", "端末"), Spaces.cells("第１種 Windows 11 端末"));
        assertEquals(List.of("届出", "千二百円"), Spaces.cells("届出  千二百円"));
    }
}
