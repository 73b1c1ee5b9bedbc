package org.regkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several citations in one spreadsheet cell. */
class CitationListTest {
    @Test
    void separatorsAndConjunctions() {
        assertEquals(List.of("第３条第１項第２号ア", "第５条"), CitationList.split("第３条第１項第２号ア、第５条"));
        assertEquals(List.of("第４条", "第６条"), CitationList.split("第４条・第６条"));
        assertEquals(List.of("第５条第１項", "第６条"), CitationList.split("第５条第１項\n第６条"));
        assertEquals(List.of("第３条第１項第２号"), CitationList.split("第３条第１項第２号"));
    }

    @Test
    void aLaterPartIsReadInThePlaceOfTheOneBefore() {
        assertEquals(List.of("第３条第１項第２号", "第３条第１項第３号"), CitationList.split("第３条第１項第２号及び第３号"));
        assertEquals(List.of("第５条第１項", "第５条第２項"), CitationList.split("第５条第１項、第２項"));
        assertEquals(List.of("第３条第１項第２号ア", "第３条第１項第２号イ"), CitationList.split("第３条第１項第２号ア又はイ"));
        assertEquals(List.of("附則第１項", "附則第２項"), CitationList.split("附則第１項及び第２項"));
        assertEquals(List.of("art_3__para_1", "art_5"), CitationList.split("art_3__para_1, art_5"));
    }
}
