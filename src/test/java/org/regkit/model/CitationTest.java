package org.regkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regkit.Regkit;
import org.regkit.TestFiles;

class CitationTest {
    static Regulation seed;
    static CitationResolver resolver;

    @BeforeAll
    static void load() throws Exception {
        seed = Regkit.load(TestFiles.SEED_XML);
        resolver = new CitationResolver(seed);
    }

    @ParameterizedTest
    @CsvSource({
        "第３条第１項第２号イ, art_3__para_1__item_2__subitem1_2, 第３条第１項第２号イ",
        "第三条第一項第二号イ, art_3__para_1__item_2__subitem1_2, 第３条第１項第２号イ",
        "第3条第1項第2号イ, art_3__para_1__item_2__subitem1_2, 第３条第１項第２号イ",
        "'第３条 第１項 第２号 ア', art_3__para_1__item_2__subitem1_1, 第３条第１項第２号ア",
        "第３条, art_3, 第３条",
        "第５条第２項, art_5__para_2, 第５条第２項",
        "第１条第１項, art_1__para_1, 第１条第１項",
        "第４条第２号, art_4__para_1__item_2, 第４条第２号",
        "第３条第１項第１１号, art_3__para_1__item_11, 第３条第１項第11号",
        "art_3__para_1__item_1__subitem1_1, art_3__para_1__item_1__subitem1_1, 第３条第１項第１号ア",
        "附則, suppl_1, 附則",
        "附則第１項, suppl_1__para_1, 附則第１項",
        "3条1項2号ア, art_3__para_1__item_2__subitem1_1, 第３条第１項第２号ア",
        "３条２項, art_3__para_2, 第３条第２項",
        "第３条第１項（２）ア, art_3__para_1__item_2__subitem1_1, 第３条第１項第２号ア",
        "第３条第１項(11), art_3__para_1__item_11, 第３条第１項第11号",
        "第３条第１項第２号（イ）, art_3__para_1__item_2__subitem1_2, 第３条第１項第２号イ",
    })
    void resolvesEveryForm(String citation, String id, String label) {
        CitationResolver.Resolution r = resolver.resolve(citation);
        assertTrue(r.resolved(), () -> citation + ": " + r.error());
        assertEquals(id, r.provision().id().value());
        assertEquals(label, resolver.label(r.provision()));
    }

    @Test
    void itemWithoutParagraphResolvesToTheOnlyParagraphWithItemsAndSaysSo() {
        CitationResolver.Resolution r = resolver.resolve("第３条第２号");
        assertEquals("art_3__para_1__item_2", r.provision().id().value());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("第３条第１項"), r.notes().get(0));
        assertTrue(resolver.resolve("第４条第２号").notes().isEmpty(), "第４条 has one paragraph: no note");
    }

    @Test
    void unknownCitationsNameTheNearestExistingProvision() {
        CitationResolver.Resolution r = resolver.resolve("第３条第１項第１２号");
        assertFalse(r.resolved());
        assertEquals("art_3__para_1__item_11", r.nearest().id().value());
        assertTrue(r.error().contains("no 第12号 in 第３条第１項"), r.error());
        assertEquals("art_7", resolver.resolve("第９条").nearest().id().value());
        assertEquals("art_3", resolver.resolve("第３条の２").nearest().id().value());
        assertTrue(resolver.resolve("第３条の２").error().contains("第３条の２"), resolver.resolve("第３条の２").error());
        assertEquals("art_3__para_1__item_1__subitem1_2", resolver.resolve("第３条第１項第１号ウ").nearest().id().value());
        assertEquals("art_5__para_2", resolver.resolve("第５条第３項").nearest().id().value());
    }

    @Test
    void malformedCitationsSayWhatIsWrong() {
        CitationResolver.Resolution r = resolver.resolve("第３条第１項第２号ア第５条");
        assertFalse(r.resolved());
        assertNull(r.nearest());
        assertThrows(IllegalArgumentException.class, () -> Citation.parse("第３号第２条"));
        assertThrows(IllegalArgumentException.class, () -> Citation.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Citation.parse("Article 3"));
    }

    @Test
    void parsesBranchesAndSubitemLetters() {
        Citation c = Citation.parse("第３条の２第２項第１号の３(ア)");
        assertEquals(List.of(
                new Citation.Step(ProvisionKind.ARTICLE, "3_2", null),
                new Citation.Step(ProvisionKind.PARAGRAPH, "2", null),
                new Citation.Step(ProvisionKind.ITEM, "1_3", null),
                new Citation.Step(ProvisionKind.SUBITEM1, null, "(ア)")), c.steps());
    }

    @Test
    void identifiersRoundTrip() {
        assertEquals("art_3_2__para_1", ProvisionId.child(ProvisionId.child(null, ProvisionKind.ARTICLE, "3_2"),
                ProvisionKind.PARAGRAPH, "1").value());
        assertEquals("art_38-84", ProvisionId.child(null, ProvisionKind.ARTICLE, "38:84").value());
        assertEquals(List.of(new ProvisionId.Step(ProvisionKind.CHAPTER, "1"), new ProvisionId.Step(ProvisionKind.SECTION, "2")),
                ProvisionId.parse("chap_1__sec_2"));
        assertNull(ProvisionId.parse("第３条"));
        assertNull(ProvisionId.parse("foo_1"));
    }

    @Test
    void everyProvisionResolvesFromItsOwnLabelAndIdentifier() {
        for (Provision p : seed.all()) {
            String label = resolver.label(p);
            CitationResolver.Resolution byLabel = resolver.resolve(label);
            assertTrue(byLabel.resolved(), () -> label + ": " + byLabel.error());
            assertEquals(p, byLabel.provision(), label);
            assertEquals(p, resolver.resolve(p.id().value()).provision());
        }
    }
}
