package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Dom;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionId;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.w3c.dom.Element;

/**
 * Our own regulations in the same style as the seed: chapters, a proviso, (ア) sub-sub-items,
 * 第２条の２, 第４条 削除 and two 附則 (security-rules.txt), and the national-law style with kanji
 * numbers, イロハ sub-items and a deleted range (national-style.txt).
 */
class SecondRegulationTest {
    @TempDir
    Path tmp;

    private Regulation load(String fixture) throws Exception {
        Path text = TestFiles.resource("ingest/" + fixture);
        Imported r = TextImporter.importText(TestFiles.bytes(text), text.toString(),
                new ImportOptions(null, null));
        Path xml = Files.write(tmp.resolve(fixture + ".xml"), r.xml());
        Regkit.Checked c = Regkit.check(xml);
        assertTrue(c.valid(), () -> fixture + " must validate: " + c.problems());
        String exported = Regkit.exportText(c.regulation());
        assertEquals(TestFiles.fidelityView(TestFiles.text(text)), TestFiles.fidelityView(exported),
                "fidelity bar for " + fixture);
        return c.regulation();
    }

    @Test
    void chaptersBranchesDeletionsProvisosAndTwoSupplProvisions() throws Exception {
        Regulation reg = load("security-rules.txt");
        List<Provision> chapters = reg.top().stream().filter(p -> p.kind() == ProvisionKind.CHAPTER).toList();
        assertEquals(List.of("第１章　総則", "第２章　管理体制"), chapters.stream().map(Provision::title).toList());
        assertEquals(List.of("1", "2", "2_2"), articlesOf(chapters.get(0)));
        assertEquals(List.of("3", "4", "5"), articlesOf(chapters.get(1)));

        Provision art22 = reg.find(new ProvisionId("art_2_2"));
        assertNotNull(art22);
        assertEquals("第２条の２", art22.title());
        assertTrue(art22.children().get(0).text().contains("前条第２号に規定する"), "line broken before 第２号");

        assertTrue(reg.find(new ProvisionId("art_4")).deleted());

        Element sentences = Dom.child(reg.find(new ProvisionId("art_3__para_1")).element(), "ParagraphSentence");
        List<Element> s = Dom.children(sentences);
        assertEquals("main", s.get(0).getAttribute("Function"));
        assertEquals("proviso", s.get(1).getAttribute("Function"));
        assertTrue(s.get(1).getTextContent().startsWith("ただし、"));

        Provision sub2 = reg.find(new ProvisionId("art_2__para_1__item_2__subitem1_1__subitem2_2"));
        assertEquals("(イ)", sub2.title());

        assertEquals(2, reg.suppls().size());
        Provision second = reg.suppls().get(1);
        assertEquals("令和８年２月１日警察本部訓令第３号", second.element().getAttribute("AmendLawNum"));
        assertEquals(List.of("１", "２"), second.children().stream().map(Provision::title).toList());
        assertEquals(java.time.LocalDate.of(2026, 4, 1), reg.effectiveDate(), "a consolidated text is in force from its latest 附則");
    }

    @Test
    void nationalStyleWithKanjiNumbersIrohaAndDeletedRange() throws Exception {
        Regulation reg = load("national-style.txt");
        assertEquals(List.of("1", "2", "2_2", "3:5", "6"), reg.mainArticles().stream().map(Provision::num).toList());
        Provision ha = reg.find(new ProvisionId("art_2__para_1__item_1__subitem1_3"));
        assertEquals("ハ", ha.title());
        Provision sub2 = reg.find(new ProvisionId("art_2__para_1__item_1__subitem1_3__subitem2_2"));
        assertEquals("(2)", sub2.title());
        List<Provision> roman = sub2.children(ProvisionKind.SUBITEM3);
        assertEquals(List.of("(i)", "(ii)", "(iii)"), roman.stream().map(Provision::title).toList());
        assertEquals(List.of("1", "2", "3"), roman.stream().map(Provision::num).toList());
        assertTrue(reg.find(new ProvisionId("art_3-5")).deleted());
        assertEquals("第三条から第五条まで", reg.find(new ProvisionId("art_3-5")).title());
        assertEquals("Heisei", reg.document().getDocumentElement().getAttribute("Era"));
        assertEquals("Rule", reg.document().getDocumentElement().getAttribute("LawType"));
        assertEquals(java.time.LocalDate.of(2018, 4, 1), reg.effectiveDate());
    }

    @Test
    void aTableOfContentsIsReadAsOneAndNotAsChapters() throws Exception {
        String text = TestFiles.text(TestFiles.resource("ingest/security-rules.txt")).replaceFirst("\n第１章 総則",
                "\n目　次\n　第１章　総則（第１条―第４条）\n　第２章　管理体制（第５条―第８条）\n　附則\n\n第１章 総則");
        assertTrue(text.contains("目　次"));
        Path source = TestFiles.write(tmp, "with-toc.txt", text);
        Path xml = Files.write(tmp.resolve("with-toc.xml"), TextImporter.importText(TestFiles.bytes(source), source.toString(),
                new ImportOptions(null, null)).xml());
        Regulation reg = Regkit.load(xml);
        Regulation without = load("security-rules.txt");
        assertEquals(without.all().stream().map(p -> p.id() + p.text()).toList(), reg.all().stream().map(p -> p.id() + p.text()).toList(),
                "the same provisions as without the contents");
        var toc = (org.w3c.dom.Element) reg.document().getElementsByTagName("TOC").item(0);
        assertEquals("目　次", Dom.childText(toc, "TOCLabel"));
        var chapters = toc.getElementsByTagName("TOCChapter");
        assertEquals(2, chapters.getLength());
        assertEquals("第２章　管理体制", Dom.childText(chapters.item(1), "ChapterTitle"));
        assertEquals("（第５条―第８条）", Dom.childText(chapters.item(1), "ArticleRange"));
        assertEquals(1, toc.getElementsByTagName("TOCSupplProvision").getLength());
        assertEquals(TestFiles.fidelityView(text), TestFiles.fidelityView(Regkit.exportText(reg)), "the contents come back in the text");
        assertTrue(reg.document().getElementsByTagName("EnactStatement").getLength() == 0
                || !reg.document().getElementsByTagName("EnactStatement").item(0).getTextContent().contains("目"), "not glued to a statement");
    }

    @Test
    void theAmendmentsAReikiListsUnderTheNumberAreMetadata() throws Exception {
        String text = TestFiles.text(TestFiles.SEED_TEXT).replaceFirst("警察本部訓令第27号",
                "警察本部訓令第27号\n改正　令和７年３月25日警察本部訓令第９号\n　　　令和８年２月１日警察本部訓令第３号");
        Path source = TestFiles.write(tmp, "history.txt", text);
        Path xml = Files.write(tmp.resolve("history.xml"), TextImporter.importText(TestFiles.bytes(source), source.toString(),
                new ImportOptions(null, "saitama-police-info-systems")).xml());
        Regulation reg = Regkit.load(xml);
        var amended = reg.document().getElementsByTagNameNS(Dom.RK, "AmendedBy");
        assertEquals(2, amended.getLength());
        assertEquals("2026-02-01", ((org.w3c.dom.Element) amended.item(1)).getAttribute("date"));
        assertEquals("令和８年２月１日警察本部訓令第３号", amended.item(1).getTextContent());
        assertEquals("警察本部長", reg.document().getElementsByTagNameNS(Dom.RK, "Issuer").item(0).getTextContent(),
                "the issuer is not taken for an amendment, nor the reverse");
        var seed = Regkit.load(TestFiles.SEED_XML);
        assertEquals(seed.all().stream().map(p -> p.id() + p.text()).toList(), reg.all().stream().map(p -> p.id() + p.text()).toList());
        assertEquals(TestFiles.fidelityView(text), TestFiles.fidelityView(Regkit.exportText(reg)), "改正 lines come back in the text");
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        Regkit.renderHtml(reg, java.time.LocalDate.now(), html);
        assertTrue(html.toString(java.nio.charset.StandardCharsets.UTF_8).contains("<p class=\"amended-by\">改正"), "shown under the number");
    }

    @Test
    void appendedTablesAndFormsWithTheirRemarks() throws Exception {
        Regulation reg = load("appendices.txt");
        assertEquals(List.of("1", "2"), reg.mainArticles().stream().map(Provision::num).toList());
        assertTrue(reg.find(new ProvisionId("art_2__para_1")).text().contains("その管理の状況を別表第１の区分ごとに"),
                "別表第１ at the start of a line in mid-sentence stays in the sentence");
        var doc = reg.document();
        var table = (org.w3c.dom.Element) doc.getElementsByTagName("AppdxTable").item(0);
        assertEquals("1", table.getAttribute("Num"));
        assertEquals("別表第１", Dom.childText(table, "AppdxTableTitle"));
        assertEquals("（第２条関係）", Dom.childText(table, "RelatedArticleNum"));
        var rows = table.getElementsByTagName("TableRow");
        assertEquals(3, rows.getLength());
        assertEquals(List.of("第１種", "USB メモリ", "金庫"), Dom.children((org.w3c.dom.Element) rows.item(1)).stream()
                .map(c -> c.getTextContent().strip()).toList(), "cells apart, a space between Latin words kept");
        assertEquals(List.of("光ディスク（DVD-R）"), List.of(((org.w3c.dom.Element) rows.item(2)).getElementsByTagName("Sentence").item(1)
                .getTextContent()));
        var remarks = (org.w3c.dom.Element) table.getElementsByTagName("Remarks").item(0);
        assertEquals(2, remarks.getElementsByTagName("Sentence").getLength());
        var style = (org.w3c.dom.Element) doc.getElementsByTagName("AppdxStyle").item(0);
        assertEquals("様式第１号", Dom.childText(style, "AppdxStyleTitle"));
        assertEquals(2, style.getElementsByTagName("Sentence").getLength());
        var note = (org.w3c.dom.Element) doc.getElementsByTagName("AppdxNote").item(0);
        assertEquals("別紙", Dom.childText(note, "AppdxNoteTitle"));
        assertEquals("連絡先一覧", note.getElementsByTagName("NoteStructTitle").item(0).getTextContent(), "words after the heading");
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        Regkit.renderHtml(reg, java.time.LocalDate.now(), html);
        String page = html.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<li><a href=\"#appdx-AppdxTable-1\">別表第１（第２条関係）</a></li>")
                && page.contains("id=\"appdx-AppdxTable-1\""), "in the contents, with a link that lands");
    }

    @Test
    void twoDeletedArticlesJoinedByOyobiAreARange() throws Exception {
        String text = TestFiles.text(TestFiles.resource("ingest/national-style.txt"))
                .replace("第三条から第五条まで　削除", "第三条及び第四条　削除\n第五条　削除");
        Path source = TestFiles.write(tmp, "oyobi.txt", text);
        Path xml = Files.write(tmp.resolve("oyobi.xml"), TextImporter.importText(TestFiles.bytes(source), source.toString(),
                new ImportOptions(null, null)).xml());
        Regulation reg = Regkit.load(xml);
        assertEquals(List.of("1", "2", "2_2", "3:4", "5", "6"), reg.mainArticles().stream().map(Provision::num).toList());
        assertEquals("第三条及び第四条", reg.find(new ProvisionId("art_3-4")).title());
        assertEquals("17:18", org.regkit.model.TitleNumbers.counted("第十七条及び第十八条"));
    }

    private static List<String> articlesOf(Provision chapter) {
        return chapter.children(ProvisionKind.ARTICLE).stream().map(Provision::num).toList();
    }
}
