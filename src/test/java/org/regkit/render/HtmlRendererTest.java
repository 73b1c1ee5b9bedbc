package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class HtmlRendererTest {
    static final Path GOLDEN = TestFiles.resource("render/seed.golden.html");
    static Regulation seed;
    static byte[] html;
    static Document dom;

    @BeforeAll
    static void render() throws Exception {
        seed = Regkit.load(TestFiles.SEED_XML);
        html = Rendered.html(seed);
        dom = parse(html);
    }

    /** The page parsed as XML (the output is polyglot XHTML5); the only DOCTYPE is <!DOCTYPE html>. */
    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        if (Boolean.getBoolean("regkit.updateGolden")) {
            Files.write(GOLDEN, html);
        }
        Diff diff = DiffBuilder.compare(Input.fromDocument(parse(TestFiles.bytes(GOLDEN))))
                .withTest(Input.fromDocument(dom))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), () -> "HTML differs from " + GOLDEN
                + " (rerun with -Dregkit.updateGolden=true after checking the change): " + diff);
    }

    @Test
    void everyProvisionHasItsIdentifierAsId() {
        Set<String> ids = ids(dom);
        for (Provision p : seed.all()) {
            assertTrue(ids.contains(p.id().value()), "missing id " + p.id());
        }
    }

    @Test
    void everyInternalLinkLandsOnAnId() {
        Set<String> ids = ids(dom);
        NodeList links = dom.getElementsByTagNameNS("*", "a");
        assertTrue(links.getLength() >= 8, "TOC links");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertTrue(href.startsWith("#"), "only internal links: " + href);
            assertTrue(ids.contains(href.substring(1)), "dangling link " + href);
        }
    }

    @Test
    void isSelfContainedJapaneseAndPhoneReady() {
        String s = new String(html, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("<!DOCTYPE html>"));
        assertEquals("ja", dom.getDocumentElement().getAttribute("lang"));
        assertTrue(s.contains("name=\"viewport\""));
        assertFalse(s.contains("<link"), "no external stylesheet");
        assertFalse(s.contains("<script"), "no script");
        assertFalse(s.contains("src=\""), "no external resource");
        assertFalse(s.contains("&gt;"), "CSS child selectors must not be escaped inside <style>");
        assertTrue(s.contains("text-indent"), "hanging indents");
    }

    @Test
    void bodyTextIsTheRegulationText() {
        Element main = (Element) dom.getElementsByTagNameNS("*", "main").item(0);
        Element header = (Element) dom.getElementsByTagNameNS("*", "header").item(0);
        String page = TestFiles.fidelityView(header.getTextContent() + main.getTextContent());
        assertEquals(TestFiles.fidelityView(Regkit.exportText(seed)), page);
    }

    @Test
    void allTextIsEscaped(@TempDir Path tmp) throws Exception {
        String hostile = TestFiles.text(TestFiles.SEED_XML).replace("この訓令は、別に定めのあるもののほか",
                "&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;この訓令は");
        Regulation reg = Regkit.load(TestFiles.write(tmp, "hostile.xml", hostile));
        String out = new String(Rendered.html(reg), StandardCharsets.UTF_8);
        assertFalse(out.contains("<script>"), "markup in the text must not become markup");
        assertTrue(out.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;"), "escaped as text");
    }

    @Test
    void chaptersAndSupplementaryProvisionsGetSectionsAndTocEntries(@TempDir Path tmp) throws Exception {
        Path text = TestFiles.resource("ingest/security-rules.txt");
        Path xml = tmp.resolve("r.xml");
        Files.write(xml, Regkit.importText(TestFiles.bytes(text), text.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml());
        Document d = parse(Rendered.html(Regkit.load(xml)));
        Set<String> ids = ids(d);
        for (String id : List.of("chap_1", "chap_2", "art_2_2", "art_4", "suppl_1", "suppl_2", "suppl_2__para_2",
                "art_2__para_1__item_2__subitem1_1__subitem2_2")) {
            assertTrue(ids.contains(id), id);
        }
        String s = d.getDocumentElement().getTextContent();
        assertTrue(s.contains("附　則（令和８年２月１日警察本部訓令第３号）"), "labelled 附則");
    }

    static Set<String> ids(Document d) {
        Set<String> ids = new HashSet<>();
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(ids.add(id), "duplicate id " + id);
            }
        }
        return ids;
    }
}
