package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Dom;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.w3c.dom.Element;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The seed directive, imported from its PDF-extracted text. */
class SeedImportTest {
    @TempDir
    static Path tmp;
    static Regulation seed;

    @BeforeAll
    static void importSeed() throws Exception {
        Imported r = TextImporter.importText(TestFiles.bytes(TestFiles.SEED_TEXT),
                TestFiles.SEED_TEXT.toString(), new ImportOptions(null, "saitama-police-info-systems"));
        Path xml = tmp.resolve("seed.xml");
        java.nio.file.Files.write(xml, r.xml());
        Regkit.Checked checked = Regkit.check(xml);
        assertTrue(checked.valid(), () -> "the imported seed must validate: " + checked.problems());
        seed = checked.regulation();
    }

    @Test
    void hasSevenArticlesAndOneSupplProvision() {
        assertEquals(7, seed.mainArticles().size());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), seed.mainArticles().stream().map(Provision::num).toList());
        assertEquals(1, seed.suppls().size());
        assertEquals("この訓令は、令和６年６月１日から施行する。", seed.suppls().get(0).children().get(0).text());
    }

    @Test
    void article3HasTwoParagraphsElevenItemsAndSubitems() {
        Provision art3 = seed.mainArticles().get(2);
        List<Provision> paras = art3.children(ProvisionKind.PARAGRAPH);
        assertEquals(2, paras.size());
        List<Provision> items = paras.get(0).children(ProvisionKind.ITEM);
        assertEquals(11, items.size());
        assertEquals("(11)", items.get(10).title());
        for (int i : new int[] {0, 1}) {
            List<Provision> subs = items.get(i).children(ProvisionKind.SUBITEM1);
            assertEquals(List.of("ア", "イ"), subs.stream().map(Provision::title).toList());
        }
        for (int i = 2; i < 11; i++) {
            assertTrue(items.get(i).children(ProvisionKind.SUBITEM1).isEmpty(), "item " + (i + 1));
        }
        assertEquals("２", paras.get(1).title());
    }

    @Test
    void captionsAndTitlesAreKeptAsWritten() {
        Provision art1 = seed.mainArticles().get(0);
        assertEquals("（目的）", art1.caption());
        assertEquals("第１条", art1.title());
        assertEquals("（システム総括責任者の責務）", seed.mainArticles().get(4).caption());
    }

    @Test
    void termAndDefinitionItemsBecomeTwoColumns() {
        Provision item1 = seed.find(new org.regkit.model.ProvisionId("art_3__para_1__item_1"));
        Element sentence = Dom.child(item1.element(), "ItemSentence");
        List<Element> columns = Dom.children(sentence);
        assertEquals(2, columns.size());
        assertEquals("警察庁情報管理システム", columns.get(0).getTextContent().strip());
        assertTrue(columns.get(1).getTextContent().strip().startsWith("警察庁が整備する情報システム"));
        Provision item3 = seed.find(new org.regkit.model.ProvisionId("art_3__para_1__item_3"));
        assertEquals("Sentence", Dom.children(Dom.child(item3.element(), "ItemSentence")).get(0).getLocalName(),
                "(3) defines by 称する and has no term column");
    }

    @Test
    void lineBrokenContinuationsStartingWithArticleNumbersStayInTheirItem() {
        Provision item1 = seed.find(new org.regkit.model.ProvisionId("art_3__para_1__item_1"));
        assertTrue(item1.text().contains("第２条第４項に規定する行政文書をいう。"), item1.text());
        Provision item2 = seed.find(new org.regkit.model.ProvisionId("art_3__para_1__item_2"));
        assertTrue(item2.text().contains("第２条第１号に規定する文書等"), item2.text());
    }

    @Test
    void versionMetadataIsMachineReadable() {
        Element meta = Dom.rkChild(seed.document().getDocumentElement(), "Meta");
        assertEquals("2024-05-30", Dom.rkChild(meta, "PromulgationDate").getAttribute("date"));
        assertEquals("令和６年５月30日", Dom.rkChild(meta, "PromulgationDate").getTextContent());
        assertEquals("2024-06-01", Dom.rkChild(meta, "EffectiveDate").getAttribute("date"));
        assertEquals("警察本部長", Dom.rkChild(meta, "Issuer").getTextContent());
        Element revises = Dom.rkChild(meta, "Revises");
        assertEquals("full", revises.getAttribute("type"));
        assertEquals("平成23年埼玉県警察本部訓令第32号", revises.getTextContent());
        assertEquals("警察情報管理システム等運用管理規程", revises.getAttribute("title"));
        assertEquals("Heisei", revises.getAttribute("era"));
        assertEquals("23", revises.getAttribute("year"));
        assertEquals("32", revises.getAttribute("num"));
        Element law = seed.document().getDocumentElement();
        assertEquals("Reiwa", law.getAttribute("Era"));
        assertEquals("6", law.getAttribute("Year"));
        assertEquals("27", law.getAttribute("Num"));
        assertEquals("警察本部訓令第27号", seed.lawNum());
        assertEquals(java.time.LocalDate.of(2024, 6, 1), seed.effectiveDate());
    }

    @Test
    void checkedInXmlIsWhatTheImporterProduces() throws Exception {
        Imported r = TextImporter.importText(TestFiles.bytes(TestFiles.SEED_TEXT),
                TestFiles.SEED_TEXT.toString(), new ImportOptions(null, "saitama-police-info-systems"));
        Diff diff = DiffBuilder.compare(TestFiles.bytes(TestFiles.SEED_XML)).withTest(r.xml())
                .ignoreWhitespace().checkForIdentical().build();
        assertFalse(diff.hasDifferences(), () -> "regenerate " + TestFiles.SEED_XML + " with regkit import text: " + diff);
    }

    @Test
    void pageFootersOfThePdfAreNotText() throws Exception {
        String[] lines = TestFiles.text(TestFiles.SEED_TEXT).split("\n", -1);
        StringBuilder withFooters = new StringBuilder();
        String[] footers = {"- 1 -", "－２－", "3 / 5", "４ページ"};
        for (int i = 0; i < lines.length; i++) {
            withFooters.append(lines[i]).append('\n');
            if (i > 0 && i % 45 == 0) {
                withFooters.append(footers[(i / 45 - 1) % footers.length]).append('\n'); // mid-paragraph, as page breaks fall
            }
        }
        Imported r = TextImporter.importText(withFooters.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "footers.txt", new ImportOptions(null, "saitama-police-info-systems"));
        Diff diff = DiffBuilder.compare(TestFiles.bytes(TestFiles.SEED_XML)).withTest(r.xml()).ignoreWhitespace()
                .withNodeFilter(n -> !"Source".equals(n.getLocalName())).checkForIdentical().build();
        assertFalse(diff.hasDifferences(), diff::toString);
    }

    @Test
    void exportedTextEqualsTheSourceCharacterForCharacter() {
        String exported = Regkit.exportText(seed);
        assertEquals(TestFiles.fidelityView(TestFiles.text(TestFiles.SEED_TEXT)), TestFiles.fidelityView(exported));
    }

    @Test
    void exportPutsOneProvisionPerLine() {
        List<String> lines = Regkit.exportText(seed).lines().toList();
        assertTrue(lines.contains("（目的）"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("第１条　この訓令は、")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(1)　警察庁情報管理システム　警察庁が整備する")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ア　個人情報の保護に関する法律")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("２　警察情報システムを構成する")));
        assertTrue(lines.contains("附　則"));
    }
}
