package org.regkit.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.model.Provision;
import org.regkit.render.FontLocator;
import org.regkit.render.PdfProfile;
import org.regkit.export.TextExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sample register's dossier, rendered by the real Saxon and FOP. */
class DossierTest {
    static Binding binding;
    static Document html;
    static String htmlText;
    static String pdfText;
    /** The PDF's text with its line breaks. */
    static String pdfLines;
    static List<String> bookmarks = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        binding = Registers.bindSample();
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        Regkit.dossierHtml(binding, Registers.AS_OF, h);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        html = f.newDocumentBuilder().parse(new ByteArrayInputStream(h.toByteArray()));
        htmlText = squash(html.getDocumentElement().getTextContent());
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        var result = Regkit.dossierPdf(binding, Registers.AS_OF, new org.regkit.render.PdfOptions(FontLocator.Request.DEFAULT, PdfProfile.PDFA_2B), p);
        assertEquals(List.of(), result);
        try (PDDocument pdf = Loader.loadPDF(p.toByteArray())) {
            pdfLines = new PDFTextStripper().getText(pdf);
            pdfText = squash(pdfLines);
            collect(pdf.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
        }
    }

    static void collect(Iterable<PDOutlineItem> items, List<String> out) {
        for (PDOutlineItem i : items) {
            out.add(i.getTitle());
            collect(i.children(), out);
        }
    }

    static String squash(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    /** The text of every provision some system cites, as it is quoted. */
    static Set<String> quoted() {
        Set<String> out = new HashSet<>();
        for (BoundCite c : binding.cites()) {
            Provision p = c.provision();
            out.add(squash(String.join("", TextExporter.provision(p.element()))));
        }
        return out;
    }

    @Test
    void everySystemAndEveryQuotedProvisionIsInBothDocuments() {
        for (SystemEntry s : binding.register().register().systems) {
            assertTrue(htmlText.contains(squash(s.id + s.name)), "HTML: " + s.id);
            assertTrue(pdfText.contains(squash(s.name)), "PDF: " + s.name);
        }
        for (String q : quoted()) {
            assertTrue(htmlText.contains(q), "HTML quotes " + q);
            assertTrue(pdfText.contains(q), "PDF quotes " + q);
        }
    }

    @Test
    void coverSummaryFindingsMatrixAndGlossaryArePresent() {
        for (String s : new String[] {"埼玉県警察本部", "令和７年３月31日現在", "警察本部訓令第27号", "区分なし", "監査期限超過",
                "該当システムのない区分", "対照表", "用語集", "電子計算機接続", "相互接続", "電子行政文書"}) {
            assertTrue(htmlText.contains(s), "HTML: " + s);
            assertTrue(pdfText.contains(s), "PDF: " + s);
        }
    }

    @Test
    void noNumberIsBrokenAcrossLines() {
        // 令和６年６月２｜５日 was a two-digit day written full-width in a narrow cell (a number and its
        // unit: a page number above a running footer is no such break): two digits are
        // now half-width (25, one word to the line breaker) and audits are set as lines, not columns
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9０-９]\\r?\\n[0-9０-９]*[年月日条項号件]").matcher(pdfLines);
        assertFalse(m.find(), () -> "a number broken across lines: " + pdfLines.substring(Math.max(0, m.start() - 30), m.end() + 10).replace("\n", "⏎"));
        assertTrue(pdfLines.contains("令和６年６月25日"), "a date with a two-digit day, as the regulation writes it");
        // in the HTML, dates (<time>) and verdict cells are kept whole by the stylesheet
        String style = html.getElementsByTagNameNS("*", "style").item(0).getTextContent();
        assertTrue(style.contains("time, table.data td.word { white-space: nowrap; }"), style);
        assertTrue(html.getElementsByTagNameNS("*", "time").getLength() > 10, "audit dates are <time> elements");
    }

    @Test
    void findingsAreJapaneseWordedForWhoeverMustAct() {
        for (String text : List.of(htmlText, pdfText)) {
            assertTrue(text.contains(squash("SYS-005 交通事故統計システム：最終監査（令和５年10月18日）から１年を超えています（第６条、令和７年３月31日現在）")),
                    "the audit finding as an office writes it");
            assertTrue(text.contains("最終監査（令和６年６月25日）の結果が不適合です"), "the failed audit");
            for (String english : List.of("system SYS", "fallsunder", "lastaudit", "olderthan", "P1Y", "classified-under", "<cite")) {
                assertTrue(!text.contains(english), "no developer English in a Japanese document: " + english);
            }
        }
    }

    @Test
    void everyHtmlLinkLandsOnAnIdAndLinksGoBothWays() {
        Set<String> ids = new HashSet<>();
        NodeList all = html.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(ids.add(id), "duplicate id " + id);
            }
        }
        NodeList links = html.getElementsByTagNameNS("*", "a");
        Set<String> targets = new HashSet<>();
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertTrue(ids.contains(href.substring(1)), "dangling " + href);
            targets.add(href.substring(1));
        }
        assertTrue(targets.contains("system-SYS-003"), "annotated text → system sheet");
        assertTrue(targets.contains("art_3__para_1__item_2__subitem1_1"), "system sheet → provision");
    }

    @Test
    void thePdfHasABookmarkPerSystemAndPageReferences() {
        for (SystemEntry s : binding.register().register().systems) {
            assertTrue(bookmarks.contains(s.id + "　" + s.name), "bookmark " + s.id);
        }
        assertTrue(bookmarks.contains("第３条（警察情報システムの構成）"), bookmarks.toString());
        assertTrue(pdfText.matches("(?s).*第３条第１項第１号ア（\\d+ページ）.*"), "system sheet gives the provision's page");
        assertTrue(pdfText.matches("(?s).*関係システム：SYS-001（区分、\\d+ページ）.*"), "annotated text gives the system's page");
    }
}
