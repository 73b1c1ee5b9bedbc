package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every element of the vocabulary renders; an element no template handles stops the transform. */
class StylesheetCoverageTest {
    static final java.nio.file.Path KITCHEN_SINK = TestFiles.resource("render/kitchen-sink.xml");

    /** Element names declared in schema/regulation.xsd. */
    static Set<String> vocabulary() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList decls = f.newDocumentBuilder().parse("schema/regulation.xsd")
                .getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < decls.getLength(); i++) {
            String name = ((Element) decls.item(i)).getAttribute("name");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void theKitchenSinkUsesEveryElementOfTheSchema() throws Exception {
        Regulation reg = Regkit.load(KITCHEN_SINK);
        Set<String> used = new HashSet<>();
        NodeList all = reg.document().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            used.add(all.item(i).getLocalName());
        }
        Set<String> missing = new HashSet<>(vocabulary());
        missing.removeAll(used);
        assertTrue(missing.isEmpty(), "add to the kitchen sink: " + missing);
    }

    @Test
    void everyElementRendersAsHtmlPdfAndText() throws Exception {
        Regulation reg = Regkit.load(KITCHEN_SINK);
        String html = new String(Rendered.html(reg), StandardCharsets.UTF_8);
        String htmlText = html.replaceAll("<[^>]+>", ""); // references are links now: compare the text
        String text = Regkit.exportText(reg);
        try (PDDocument pdf = Loader.loadPDF(Rendered.pdf(reg, PdfProfile.PDFA_2B))) {
            String pdfText = new PDFTextStripper().getText(pdf);
            for (String s : new String[] {"細分十", "列記四", "別表の内容", "第二項である。", "（注記）", "備考の文", "a＋b", "附則別表の内容",
                    "附則様式の内容", "p＝q", "別記の本文", "書式の本文",
                    // titles and a table of contents quoted by an amending provision, each on its own
                    "新しい題名", "新しい章名", "（第一条・第二条）", "第一節"}) {
                assertTrue(htmlText.contains(s), "HTML: " + s);
                assertTrue(text.contains(s), "text: " + s);
                assertTrue(pdfText.replaceAll("\\s", "").contains(s), "PDF: " + s);
            }
        }
        assertTrue(html.contains("<ruby>法<rt>ほう</rt></ruby>"), "ruby");
        assertTrue(html.contains("x<sup>2</sup>") && html.contains("H<sub>2</sub>O"), "sup/sub");
    }

    @Test
    void anElementWithoutATemplateFailsLoudly() throws Exception {
        Regulation reg = Regkit.load(TestFiles.SEED_XML);
        Element main = (Element) reg.document().getElementsByTagName("MainProvision").item(0);
        main.appendChild(reg.document().createElementNS(null, "Bogus"));
        RenderException html = assertThrows(RenderException.class, () -> Rendered.html(reg));
        assertTrue(html.getMessage().contains("no template for element /Law/LawBody/MainProvision/Bogus"), html.getMessage());
        Exception pdf = assertThrows(Exception.class, () -> Rendered.pdf(reg, PdfProfile.NONE));
        assertTrue(pdf.getMessage().contains("Bogus"), pdf.getMessage());
    }
}
