package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/** The seed rendered by the real Saxon and FOP, read back with PDFBox. */
class PdfRendererTest {
    /** The body region of an A4 page below the running header and above the page number, in points. */
    static final Rectangle2D BODY = new Rectangle2D.Double(0, 68, 595, 706);
    static Regulation seed;
    static PDDocument pdf;

    @BeforeAll
    static void render() throws Exception {
        seed = Regkit.load(TestFiles.SEED_XML);
        pdf = Loader.loadPDF(Rendered.pdf(seed, PdfProfile.PDFA_2B));
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    /** The text of the body pages, from the page the title block starts on, headers and footers cut off. */
    static String bodyText(PDDocument doc, String title) throws Exception {
        int first = -1;
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                first = doc.getPages().indexOf(item.findDestinationPage(doc));
            }
        }
        assertTrue(first >= 0, "a bookmark leads to the title block");
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("body", BODY);
        StringBuilder text = new StringBuilder();
        for (int i = first; i < doc.getNumberOfPages(); i++) {
            stripper.extractRegions(doc.getPage(i));
            text.append(stripper.getTextForRegion("body"));
        }
        return text.toString();
    }

    @Test
    void extractedTextEqualsTheSourceText() throws Exception {
        String text = bodyText(pdf, seed.title());
        assertEquals(TestFiles.fidelityView(TestFiles.text(TestFiles.SEED_TEXT)), TestFiles.fidelityView(text));
    }

    @Test
    void noLookalikeRadicalsInTheTextLayer() throws Exception {
        String text = bodyText(pdf, seed.title());
        assertTrue(text.contains("文書") && text.contains("月"), "sanity");
        assertTrue(text.codePoints().noneMatch(c -> c >= 0x2E80 && c <= 0x2FDF),
                "CJK radicals (⽂ for 文) mean complex-script shaping was on");
    }

    @Test
    void japaneseFontsAreEmbeddedAsSubsets() throws Exception {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(n);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                names.add(font.getName());
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+IPAexMincho")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+IPAexGothic")), names.toString());
    }

    @Test
    void oneBookmarkPerArticleAndPerSupplementaryProvision() throws Exception {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            assertNotNull(item.findDestinationPage(pdf), item.getTitle() + " leads to a page");
        }
        assertEquals(List.of("目次", seed.title(), "第１条（目的）", "第２条（定義）", "第３条（警察情報システムの構成）",
                "第４条（基本理念）", "第５条（システム総括責任者の責務）", "第６条（警察情報管理業務監査の実施）", "第７条（委任）",
                "附　則"), titles);
    }

    @Test
    void tableOfContentsHasPageNumbersAndLinks() throws Exception {
        PDPage toc = pdf.getPage(0);
        long links = 0;
        for (PDAnnotation a : toc.getAnnotations()) {
            if (a instanceof PDAnnotationLink) {
                links++;
            }
        }
        assertEquals(9, links, "title, seven articles, 附則");
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("body", BODY);
        s.extractRegions(toc);
        String text = s.getTextForRegion("body");
        assertTrue(text.matches("(?s).*第１条（目的）\\.+\\s*2.*"), text);
    }

    @Test
    void titleLanguageAndPdfaIdentificationAreInTheMetadata() throws Exception {
        assertEquals(seed.title(), pdf.getDocumentInformation().getTitle());
        assertEquals("ja", pdf.getDocumentCatalog().getLanguage());
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
        assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
        assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">" + seed.title() + "</rdf:li>"), "dc:title as rdf:Alt");
        assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4");
        assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), "A4");
    }

    @Test
    void firstBodyPageHasInkInHeaderBodyAndFooter() throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(1, 60);
        double scale = 60.0 / 72;
        assertTrue(ink(page, 0, (int) (30 * scale), (int) (62 * scale)) > 0.002, "running header");
        assertTrue(ink(page, 0, (int) (90 * scale), (int) (700 * scale)) > 0.05, "body text");
        assertTrue(ink(page, 0, (int) (776 * scale), (int) (800 * scale)) > 0.0005, "page number");
    }

    /** Share of inked (not white) pixels in a horizontal band. */
    static double ink(BufferedImage img, int x0, int y0, int y1) {
        long dark = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 3 * 230) {
                    dark++;
                }
                all++;
            }
        }
        return (double) dark / all;
    }

    @Test
    void manyPdfsAtOnceOnANewFactoryEmbedTheirFonts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        // a library user (a batch, a web service) renders on several threads at once; a new font set
        // means a new FOP factory, whose fonts were once half-loaded by two documents at once
        java.nio.file.Path font = java.nio.file.Files.copy(java.nio.file.Path.of(FontLocatorTestAccess.mincho()), tmp.resolve("m.ttf"));
        var request = new FontLocator.Request(font, null, null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<byte[]>> pdfs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pdfs.add(pool.submit(() -> {
                var out = new java.io.ByteArrayOutputStream();
                Regkit.renderPdf(seed, java.time.LocalDate.now(), new org.regkit.render.PdfOptions(request, PdfProfile.PDFA_2B), out);
                return out.toByteArray();
            }));
        }
        for (var f : pdfs) {
            try (PDDocument d = Loader.loadPDF(f.get())) {
                for (PDPage page : d.getPages()) {
                    for (COSName n : page.getResources().getFontNames()) {
                        assertTrue(page.getResources().getFont(n).isEmbedded(), "every font embedded");
                    }
                }
            }
        }
        pool.shutdown();
    }

    @Test
    void otherProfilesRender() throws Exception {
        for (PdfProfile p : List.of(PdfProfile.PDFA_2A, PdfProfile.PDFA_3B, PdfProfile.NONE)) {
            try (PDDocument d = Loader.loadPDF(Rendered.pdf(seed, p))) {
                String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                switch (p) {
                    case PDFA_2A -> {
                        assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"));
                        assertTrue(d.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
                    }
                    case PDFA_3B -> assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>"));
                    default -> assertFalse(xmp.contains("pdfaid"));
                }
            }
        }
    }
}
