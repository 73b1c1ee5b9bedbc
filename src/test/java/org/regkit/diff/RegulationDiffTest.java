package org.regkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;

class RegulationDiffTest {
    @TempDir
    Path tmp;

    private static List<String> summary(RegulationDiff d) {
        return d.changes().stream().map(c -> c.type().key() + " " + (c.oldProvision() == null ? "-" : c.oldProvision().id())
                + " " + (c.newProvision() == null ? "-" : c.newProvision().id()) + (c.textChanged() ? " text" : "")
                + (c.inPlace() ? " in-place" : "")).toList();
    }

    @Test
    void theSeedAmendmentIsReadAsTheDrafterWroteIt() throws Exception {
        RegulationDiff d = Regkit.diff(Versions.seed(), Versions.amended());
        assertEquals(List.of(
                "added - art_3__para_1__item_8",
                "renumbered art_3__para_1__item_8 art_3__para_1__item_9",
                "renumbered art_3__para_1__item_9 art_3__para_1__item_10",
                "renumbered art_3__para_1__item_10 art_3__para_1__item_11",
                "renumbered art_3__para_1__item_11 art_3__para_1__item_12",
                "added - art_3_2",
                "modified art_5__para_1 art_5__para_1 text",
                "modified art_6__para_1 art_6__para_1 text",
                "removed art_7 art_7 text in-place",
                "added - suppl_2"), summary(d),
                "an inserted item is one addition and four renumberings; 第３条の２ disturbs nothing else");
    }

    @Test
    void anArticleMovedUpAfterARemovalIsARenumbering() throws Exception {
        RegulationDiff d = Regkit.diff(Versions.seed(), Versions.variant(tmp, "v.xml", Versions.withArticle6Removed()));
        assertEquals(List.of("removed art_6 -", "renumbered art_7 art_6"), summary(d));
        assertEquals("第７条", d.changes().get(1).oldLabel());
        assertEquals("第６条", d.changes().get(1).newLabel());
        assertFalse(d.changes().get(1).textChanged());
    }

    @Test
    void aDeletionWithTheNumberKeptIsADeletionInPlace() throws Exception {
        RegulationDiff d = Regkit.diff(Versions.seed(), Versions.variant(tmp, "v.xml", Versions.withArticle6Deleted()));
        assertEquals(List.of("removed art_6 art_6 text in-place"), summary(d));
    }

    @Test
    void anArticleRewrittenUnderItsOwnNumberIsOneModification() throws Exception {
        // 第６条を次のように改める: nothing of the old text is left, the number stays
        String rewritten = Versions.SEED.replace("システム総括責任者は、警察情報システムの適正な管理について、警察情報管理業務監査を実施するものとする。",
                "本部長は、毎年度、監査の計画を定め、これを公表しなければならない。");
        RegulationDiff d = Regkit.diff(Versions.seed(), Versions.variant(tmp, "v.xml", rewritten));
        assertEquals(List.of("modified art_6__para_1 art_6__para_1 text"), summary(d));
    }

    @Test
    void itemsThatBecameSubItemsAreAChangeThoughTheWordsReadAlike() throws Exception {
        // from e-Gov data (417M60000002053): an item イ beside item 七 that became 七's sub-item イ; the
        // same words in the same order, and once taken for an unchanged paragraph
        String siblings = "<Item Num=\"1\"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>届出の事項</Sentence></ItemSentence></Item>"
                + "<Item Num=\"2\"><ItemTitle>イ</ItemTitle><ItemSentence><Sentence>名称</Sentence></ItemSentence></Item>";
        String nested = "<Item Num=\"1\"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>届出の事項</Sentence></ItemSentence>"
                + "<Subitem1 Num=\"1\"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>名称</Sentence></Subitem1Sentence></Subitem1></Item>";
        RegulationDiff d = Regkit.diff(Versions.variant(tmp, "a.xml", lawWithItems(siblings)), Versions.variant(tmp, "b.xml", lawWithItems(nested)));
        assertFalse(d.same(), summary(d).toString());
        assertTrue(summary(d).contains("added - art_1__para_1__item_1__subitem1_1"), summary(d).toString());
        assertTrue(summary(d).contains("removed art_1__para_1__item_2 -"), summary(d).toString());
    }

    private static String lawWithItems(String items) {
        return org.regkit.TestFiles.cabinetOrder("<Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/>"
                + "<ParagraphSentence><Sentence>次に掲げる事項を届け出なければならない。</Sentence></ParagraphSentence>" + items
                + "</Paragraph></Article>");
    }

    @Test
    void anAmendingSupplProvisionIsKnownByItsLawNotItsPlace() throws Exception {
        // two amendments, then a third whose 附則 e-Gov files between them (by the amending law's date)
        String twoAmendments = Versions.SEED.replace("  </LawBody>", amending("令和７年３月25日警察本部訓令第８号", "第一の改正")
                + amending("令和８年３月31日警察本部訓令第４号", "第三の改正") + "  </LawBody>");
        String threeAmendments = Versions.SEED.replace("  </LawBody>", amending("令和７年３月25日警察本部訓令第８号", "第一の改正")
                + amending("令和７年10月１日警察本部訓令第20号", "第二の改正") + amending("令和８年３月31日警察本部訓令第４号", "第三の改正")
                + "  </LawBody>");
        RegulationDiff d = Regkit.diff(Versions.variant(tmp, "a.xml", twoAmendments), Versions.variant(tmp, "b.xml", threeAmendments));
        assertEquals(List.of("added - suppl_3"), summary(d), "one addition; the 附則 after it is not renumbered or replaced");
    }

    private static String amending(String law, String words) {
        return "    <SupplProvision AmendLawNum=\"" + law + "\">\n      <SupplProvisionLabel>附　則</SupplProvisionLabel>\n"
                + "      <Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">この訓令は、" + words
                + "の日から施行する。</Sentence></ParagraphSentence></Paragraph>\n    </SupplProvision>\n";
    }

    @Test
    void serialisationIsNotAChange() throws Exception {
        RegulationDiff d = Regkit.diff(Versions.seed(), Versions.variant(tmp, "v.xml", Versions.reserialised()));
        assertTrue(d.same(), summary(d).toString());
    }

    @Test
    void textChangesAreReadableRunsOfCharacters() {
        assertEquals(List.of(new Run(Run.Op.EQUAL, "システム総括責任者を置き、"), new Run(Run.Op.DELETE, "総務部長"),
                new Run(Run.Op.INSERT, "警務部長"), new Run(Run.Op.EQUAL, "をもって充てる。")),
                CharDiff.diff("システム総括責任者を置き、総務部長をもって充てる。", "システム総括責任者を置き、警務部長をもって充てる。"));
        assertEquals(List.of(new Run(Run.Op.EQUAL, "監査を"), new Run(Run.Op.INSERT, "毎年度"), new Run(Run.Op.EQUAL, "、実施する。")),
                CharDiff.diff("監査を、実施する。", "監査を毎年度、実施する。"));
        assertEquals(List.of(new Run(Run.Op.EQUAL, "同じ文。")), CharDiff.diff("同じ文。", "同じ文。"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theJsonHasTheAgreedShape() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Regkit.diffJson(Regkit.diff(Versions.seed(), Versions.amended()), null));
        assertEquals(List.of("old", "new", "same", "changes", "references"), iterable(json.fieldNames()));
        assertEquals(List.of("file", "title", "lawNum", "effective"), iterable(json.get("new").fieldNames()));
        var renumbered = json.get("changes").get(1);
        assertEquals(List.of("type", "old", "new", "oldLabel", "newLabel", "textChanged", "inPlace"), iterable(renumbered.fieldNames()));
        assertEquals("renumbered", renumbered.get("type").asText());
        assertEquals("art_3__para_1__item_8", renumbered.get("old").asText());
        assertEquals("第３条第１項第９号", renumbered.get("newLabel").asText());
        assertFalse(renumbered.get("textChanged").asBoolean());
        assertEquals("第３条の２", json.get("changes").get(5).get("newLabel").asText());
        var modified = json.get("changes").get(6);
        assertEquals(List.of("op", "text"), iterable(modified.get("runs").get(0).fieldNames()));
        for (var c : json.get("changes")) {
            assertFalse(c.get("type").asText().equals("unchanged"), "unchanged provisions never appear");
        }
    }
}
