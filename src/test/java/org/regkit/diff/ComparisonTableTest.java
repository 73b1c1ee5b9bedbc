package org.regkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.render.FontLocator;
import org.regkit.render.PdfProfile;

/** The 新旧対照表 as the official style has it. */
class ComparisonTableTest {
    @Test
    void htmlShowsBothColumnsUnderlinesPlaceholdersAndOmissions() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.amended());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.matches("(?s).*<th>改正後</th>\\s*<th>改正前</th>.*"), "改正後 left, 改正前 right");
        assertTrue(html.contains("（傍線部分は改正部分）"));
        assertTrue(html.contains("（令和７年３月25日警察本部訓令第８号）"), "amendment number at the top");
        assertTrue(html.contains("置き、<span class=\"u\">警務部長</span>をもって"), "new text underlined on the left");
        assertTrue(html.contains("置き、<span class=\"u\">総務部長</span>をもって"), "old text underlined on the right");
        assertTrue(html.contains("<p class=\"placeholder\">（新設）</p>"), "new provisions face （新設）");
        assertTrue(html.contains("<td>略</td>"), "unchanged runs of articles as 略");
        assertTrue(html.contains("<span class=\"u\">(9)</span>～<span class=\"u\">(12)</span>　略"),
                "items only renumbered: one 略 line, the numbers underlined");
        assertTrue(html.contains("第７条　<span class=\"u\">削除</span>"), "削除 underlined");
    }

    @Test
    void unchangedPartsOfAChangedArticleAreElidedUnlessAskedForWhole() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.amended());
        String elided = table(diff, false);
        assertTrue(elided.contains("第３条　略\n(1)～(7)　略\n[(8)]　[クラウドサービス利用システム"), elided);
        assertTrue(elided.contains("第３条　略\n(1)～(7)　略\n[(8)]～[(11)]　略\n２　略"), "the old side the same way: " + elided);
        assertTrue(elided.contains("充てる。\n２　略"), "an unchanged paragraph after a changed one: " + elided);
        assertTrue(!elided.contains("附\u3000則（令和７年"), "the amending rule's own 附則 is no change to the text: " + elided);

        String whole = table(diff, true);
        assertTrue(whole.contains("[(9)]　埼玉県警察ＷＡＮシステム"), "whole: a renumbered item with its text: " + whole);
        assertTrue(whole.contains("(1)　"), whole);
        assertTrue(!whole.contains("(1)～(7)"), whole);
        assertEquals(diff.rows().size(), diff.rows(true).size(), "the same rows, set out differently");
    }

    /** The table as text: a line per printed line, underlined words in brackets, 略 as printed. */
    private static String table(RegulationDiff diff, boolean whole) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, whole, out);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        page.select("span.u").forEach(u -> u.replaceWith(new org.jsoup.nodes.TextNode("[" + u.text() + "]")));
        StringBuilder b = new StringBuilder();
        page.select("table.comparison td").forEach(td -> {
            td.select("p").forEach(p -> b.append(p.text()).append('\n'));
            b.append("|\n");
        });
        return b.toString();
    }

    @Test
    void aChangedContentsHasItsRowFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path text = org.regkit.TestFiles.resource("ingest/security-rules.txt");
        String xml = new String(Regkit.importText(org.regkit.TestFiles.bytes(text), text.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml(), StandardCharsets.UTF_8);
        String withToc = xml.replaceFirst("<MainProvision>", "<TOC><TOCLabel>目次</TOCLabel><TOCChapter Num=\"1\">"
                + "<ChapterTitle>第１章　総則</ChapterTitle><ArticleRange>（第１条・第２条）</ArticleRange></TOCChapter></TOC><MainProvision>");
        String renamed = withToc.replace("<ChapterTitle>第１章　総則</ChapterTitle>", "<ChapterTitle>第１章　通則</ChapterTitle>");
        assertTrue(withToc.contains("<TOC>") && renamed.contains("通則"));
        var diff = Regkit.diff(Versions.variant(tmp, "old.xml", withToc), Versions.variant(tmp, "new.xml", renamed));
        String t = table(diff, false);
        assertTrue(t.startsWith("目次\n第１章　[通則]　（第１条・第２条）\n|\n目次\n第１章　[総則]　（第１条・第２条）\n|\n"
                + "第１章　[通則]\n|\n第１章　[総則]\n"), "目次 changes shown, in the first row, before the chapter's own: " + t);
    }

    @Test
    void aChapterWhoseTitleChangedHasItsOwnRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path text = org.regkit.TestFiles.resource("ingest/security-rules.txt");
        String xml = new String(Regkit.importText(org.regkit.TestFiles.bytes(text), text.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml(), StandardCharsets.UTF_8);
        String renamed = xml.replace("<ChapterTitle>第２章　管理体制</ChapterTitle>", "<ChapterTitle>第２章　管理体制等</ChapterTitle>")
                .replace("<ChapterTitle>第１章　総則</ChapterTitle>", "<ChapterTitle>第１章　通則</ChapterTitle>");
        assertTrue(renamed.contains("管理体制等") && renamed.contains("通則"));
        var diff = Regkit.diff(Versions.variant(tmp, "old.xml", xml), Versions.variant(tmp, "new.xml", renamed));
        assertEquals(java.util.List.of("chap_1", "chap_2"), diff.changes().stream().map(c -> c.newProvision().id().value()).toList(),
                "the articles did not change; the two titles did");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("第２章　<span class=\"u\">管理体制等</span>") && html.contains("第２章　<span class=\"u\">管理体制</span>"),
                html.substring(Math.max(0, html.indexOf("第２章") - 200), Math.min(html.length(), html.indexOf("第２章") + 400)));
        assertTrue(html.indexOf("通則") < html.indexOf("管理体制等"), "in the order of the text");
    }

    @Test
    void aChapterPushedOnByANewOneIsRenumberedNotRenamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path text = org.regkit.TestFiles.resource("ingest/security-rules.txt");
        String xml = new String(Regkit.importText(org.regkit.TestFiles.bytes(text), text.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml(), StandardCharsets.UTF_8);
        String inserted = xml.replace("<Chapter Num=\"2\">\n        <ChapterTitle>第２章　管理体制</ChapterTitle>",
                "<Chapter Num=\"2\"><ChapterTitle>第２章　情報資産</ChapterTitle><Article Num=\"2_3\"><ArticleTitle>第２条の３</ArticleTitle>"
                        + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">情報資産は、台帳で管理する。</Sentence>"
                        + "</ParagraphSentence></Paragraph></Article></Chapter>\n      <Chapter Num=\"3\">\n        <ChapterTitle>第３章　管理体制</ChapterTitle>");
        assertTrue(inserted.contains("第３章　管理体制"));
        var diff = Regkit.diff(Versions.variant(tmp, "old.xml", xml), Versions.variant(tmp, "new.xml", inserted));
        assertEquals(java.util.List.of("added chap_2", "added art_2_3", "renumbered chap_3"),
                diff.changes().stream().map(c -> c.type().key() + " " + c.newProvision().id().value()).toList());
        assertEquals("chap_2", diff.changes().get(2).oldProvision().id().value(), "第２章　管理体制 became 第３章");
    }

    @Test
    void aChangedTitleIsAChangeAndTheFirstRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String renamed = Versions.SEED.replace("<LawTitle>埼玉県警察における情報システムの整備及び管理に関する訓令</LawTitle>",
                "<LawTitle>埼玉県警察における情報システムの管理に関する訓令</LawTitle>");
        assertTrue(!renamed.equals(Versions.SEED));
        var diff = Regkit.diff(Versions.seed(), Versions.variant(tmp, "renamed.xml", renamed));
        assertTrue(!diff.same() && diff.changes().isEmpty(), "題名を改める is a change though no provision changed");
        assertTrue(Regkit.diffJson(diff, null).replaceAll("\\s+", "").contains("\"title\":[{\"op\":\"equal\",\"text\":\"埼玉県警察における情報システムの\"},"
                + "{\"op\":\"delete\",\"text\":\"整備及び\"}"), Regkit.diffJson(diff, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("埼玉県警察における情報システムの<span class=\"u\">整備及び</span>管理に関する訓令</p>"), html);
    }

    @Test
    void aChangedAppendedTableIsAChangeAndARow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path egov = org.regkit.TestFiles.resource("egov/one-line-law.xml");
        String xml = new String(org.regkit.ingest.EgovXml.importLaw(org.regkit.TestFiles.bytes(egov), egov.toString(), "shiken").xml(),
                StandardCharsets.UTF_8);
        String raised = xml.replace("千二百円", "千五百円");
        var diff = Regkit.diff(Versions.variant(tmp, "old.xml", xml), Versions.variant(tmp, "new.xml", raised));
        assertTrue(!diff.same() && diff.changes().isEmpty(), "別表第一を改める changes no provision, yet the law");
        assertEquals(1, diff.appendices().size());
        assertEquals("別表第一", diff.appendices().get(0).newLabel());
        assertTrue(Regkit.diffJson(diff, null).replace(" : ", ":").contains("\"appendix\":\"AppdxTable 1\""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("届出　<span class=\"u\">千五百円</span>") && html.contains("届出　<span class=\"u\">千二百円</span>"), html);

        String removed = xml.replaceFirst("(?s)<AppdxTable.*</AppdxTable>", "");
        var gone = Regkit.diff(Versions.variant(tmp, "old.xml", xml), Versions.variant(tmp, "gone.xml", removed));
        assertEquals(ChangeType.REMOVED, gone.appendices().get(0).type());
    }

    @Test
    void removedArticlesFaceTheWordKezuru() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.variant(java.nio.file.Files.createTempDirectory("cmp"), "v.xml",
                Versions.withArticle6Removed()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<p class=\"placeholder\">（削る）</p>"));
    }

    @Test
    void pdfHoldsTheTableAndTheImpact() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.amended());
        var impact = Regkit.impact(diff, Regkit.loadRegister(ImpactTest.REGISTER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = Regkit.comparisonPdf(diff, impact, new org.regkit.render.PdfOptions(FontLocator.Request.DEFAULT, PdfProfile.PDFA_2B), out);
        assertEquals(java.util.List.of(), result);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", "");
            for (String s : new String[] {"新旧対照表", "改正後", "改正前", "（傍線部分は改正部分）", "（新設）", "略", "警務部長", "総務部長",
                    "台帳への影響", "移行（繰上げ・繰下げ）", "要確認（文言の改正）", "第３条の２"}) {
                assertTrue(text.contains(s), s);
            }
        }
    }
}
