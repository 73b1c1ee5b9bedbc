package org.regkit.xml;

import org.regkit.io.InputException;
import org.regkit.io.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlLoaderTest {
    private final XmlLoader loader = new XmlLoader(Schemas.regulation());

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void externalEntityIsRefusedBeforeAnythingIsRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Law [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Law>&x;</Law>";
        InputException e = assertThrows(InputException.class, () -> loader.load(utf8(xxe), "xxe.xml"));
        Problem p = e.problems().get(0);
        assertTrue(e.isUnreadable());
        assertEquals("xxe.xml", p.file());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("DOCTYPE declarations are not allowed"), p.message());
        assertFalse(p.message().contains("root:"), "the entity must not have been expanded");
    }

    @Test
    void entityBombIsRefused() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n<Law>&lol9;</Law>");
        InputException e = assertThrows(InputException.class, () -> loader.load(utf8(b.toString()), "bomb.xml"));
        assertTrue(e.problems().get(0).message().contains("DOCTYPE"), e.problems().get(0).message());
    }

    @Test
    void plainDoctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Law SYSTEM \"http://example.invalid/law.dtd\">\n<Law/>";
        InputException e = assertThrows(InputException.class, () -> loader.load(utf8(xml), "dtd.xml"));
        assertTrue(e.problems().get(0).toString().startsWith("dtd.xml:2:"), e.problems().get(0).toString());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        String xml = "<Law>\n  <LawNum>x</LawNum>\n  <LawBody>\n</Law>";
        InputException e = assertThrows(InputException.class, () -> loader.load(utf8(xml), "bad.xml"));
        Problem p = e.problems().get(0);
        assertEquals(4, p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.toString().startsWith("bad.xml:4:"));
    }

    @Test
    void everySchemaProblemIsReportedWithItsLine() throws Exception {
        String xml = """
                <Law Era="Reiwa" Year="6" Num="1" LawType="Misc" Lang="ja">
                  <LawNum>訓令第1号</LawNum>
                  <LawBody>
                    <LawTitle>t</LawTitle>
                    <MainProvision>
                      <Article Num="1">
                        <ArticleTitle>第１条</ArticleTitle>
                        <Paragraph Num="1">
                          <ParagraphNum/>
                        </Paragraph>
                      </Article>
                      <Article Num="2">
                        <ArticleTitle>第２条</ArticleTitle>
                        <Paragraph Num="1">
                          <ParagraphNum/>
                          <ParagraphSentence><Sentence>x</Sentence></ParagraphSentence>
                          <Item Num="a"><ItemTitle>(a)</ItemTitle><ItemSentence><Sentence>y</Sentence></ItemSentence></Item>
                          <Bogus/>
                        </Paragraph>
                      </Article>
                    </MainProvision>
                  </LawBody>
                </Law>
                """;
        XmlLoader.Loaded loaded = loader.load(utf8(xml), "r.xml");
        assertFalse(loaded.valid());
        List<Integer> lines = loaded.problems().stream().map(Problem::line).distinct().toList();
        assertTrue(lines.contains(10), "paragraph without ParagraphSentence (closes on line 10): " + loaded.problems());
        assertTrue(lines.contains(17), "item with non-numeric Num: " + loaded.problems());
        assertTrue(lines.contains(18), "unknown element: " + loaded.problems());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains("Bogus")));
    }

    @Test
    void elementsKnowWhereTheyStart() throws Exception {
        String xml = "<a>\n  <b/>\n    <c/></a>";
        XmlLoader.Loaded loaded = new XmlLoader(null).load(utf8(xml), "x.xml");
        Element c = (Element) loaded.document().getElementsByTagName("c").item(0);
        assertEquals(3, Locations.line(c));
        assertEquals(9, Locations.column(c));
    }

    @Test
    void everyElementOfALargeDocumentKnowsItsOwnPlaceAndNoOtherNodeHasOne() throws Exception {
        // the positions live in one table per document, which grows as elements come
        StringBuilder xml = new StringBuilder("<a>");
        for (int i = 0; i < 5000; i++) {
            xml.append("\n<b n=\"").append(i).append("\">").append("x".repeat(i % 7)).append("</b>");
        }
        XmlLoader.Loaded loaded = new XmlLoader(null).load(utf8(xml.append("</a>").toString()), "x.xml");
        org.w3c.dom.NodeList bs = loaded.document().getElementsByTagName("b");
        for (int i = 0; i < bs.getLength(); i++) {
            Element b = (Element) bs.item(i);
            assertEquals(i + 2, Locations.line(b), b.getAttribute("n"));
            assertEquals(9 + String.valueOf(i).length(), Locations.column(b), b.getAttribute("n"));
        }
        assertEquals(1, Locations.line(loaded.document().getDocumentElement()));
        assertEquals(0, Locations.line(bs.item(6).getFirstChild()), "a text node has no position of its own");
        assertEquals(0, Locations.line(loaded.document().createElement("new")), "an element made later has none");
        assertEquals(0, Locations.line(((org.w3c.dom.Document) loaded.document().cloneNode(true)).getDocumentElement()),
                "nor has a copy");
    }

    @Test
    void aNameNamespacesForbidIsNotWellFormedWithItsPlace() {
        // found by fuzzing: the parser passes <:a> on, and building the DOM then failed with NAMESPACE_ERR
        var cases = java.util.Map.of("<Law>\n  <:Bad/></Law>", "「:Bad」", "<Law>\n  <a:b:c xmlns:a=\"urn:x\"/></Law>", "a:b");
        cases.forEach((xml, named) -> {
            InputException e = assertThrows(InputException.class, () -> loader.load(utf8(xml), "names.xml"));
            Problem p = e.problems().get(0);
            assertTrue(e.isUnreadable(), xml);
            assertEquals(2, p.line(), xml);
            assertTrue(p.message().contains(named), p.message());
        });
    }
}
