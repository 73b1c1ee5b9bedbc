package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.MimeConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/** FOP and Saxon read nothing but what regkit gives them. */
class LockdownTest {

    @Test
    void theResolverRefusesAnythingButTheRegisteredFonts() throws IOException {
        URI font = FontLocatorTest.MINCHO.toUri();
        LockedResourceResolver r = new LockedResourceResolver(Set.of(font));
        r.getResource(font).close();
        IOException e = assertThrows(IOException.class, () -> r.getResource(URI.create("file:///etc/passwd")));
        assertTrue(e.getMessage().contains("refuses"), e.getMessage());
        assertThrows(IOException.class, () -> r.getResource(URI.create("http://example.invalid/x.png")));
        assertThrows(IOException.class, () -> r.getOutputStream(URI.create("file:///tmp/x")));
    }

    @Test
    void foWithExternalImagesRendersWithoutFetchingThem() throws Exception {
        FontSet fonts = FontLocator.locate(FontLocator.Request.DEFAULT);
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="210mm" page-height="297mm">
                    <fo:region-body/></fo:simple-page-master></fo:layout-master-set>
                  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                    <fo:block font-family="RegkitBody">画像<fo:external-graphic src="url(http://127.0.0.1:9/x.png)"/>
                    <fo:external-graphic src="url(file:///etc/hostname)"/></fo:block>
                  </fo:flow></fo:page-sequence>
                </fo:root>""";
        FOUserAgent ua = FopFactories.get(fonts).newFOUserAgent();
        List<String> events = new ArrayList<>();
        ua.getEventBroadcaster().addEventListener(ev -> events.add(org.apache.fop.events.EventFormatter.format(ev)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fop fop = ua.newFop(MimeConstants.MIME_PDF, out);
        net.sf.saxon.s9api.Processor p = Stylesheets.processor();
        javax.xml.transform.TransformerFactory tf = new net.sf.saxon.TransformerFactoryImpl(p.getUnderlyingConfiguration());
        tf.newTransformer().transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        String all = String.join("\n", events);
        assertTrue(all.contains("127.0.0.1") || all.contains("x.png"), "the refusal is reported: " + all);
        assertFalse(new String(out.toByteArray(), StandardCharsets.ISO_8859_1).contains("/Subtype /Image"), "no image embedded");
    }

    @Test
    void figuresInTheRegulationAreNamedNotLoaded(@TempDir Path tmp) throws Exception {
        String xml = TestFiles.text(TestFiles.SEED_XML).replace("<ParagraphSentence>\n            <Sentence Num=\"1\">この訓令は",
                "<ParagraphSentence>\n            <Sentence Num=\"1\">この訓令は");
        xml = xml.replace("</Paragraph>\n      </Article>\n      <Article Num=\"2\">",
                "<FigStruct><Fig src=\"http://127.0.0.1:9/evil.png\"/></FigStruct></Paragraph>\n      </Article>\n      <Article Num=\"2\">");
        assertTrue(xml.contains("evil.png"));
        Regulation reg = Regkit.load(TestFiles.write(tmp, "fig.xml", xml));
        String html = new String(Rendered.html(reg), StandardCharsets.UTF_8);
        assertTrue(html.contains("http://127.0.0.1:9/evil.png</code>"), "named as text");
        assertFalse(html.contains("src=\"http"), "no img src");
        byte[] pdf = Rendered.pdf(reg, PdfProfile.PDFA_2B);
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Subtype /Image"));
    }

    @Test
    void saxonRefusesRemoteDocumentsAndDoctypes(@TempDir Path tmp) throws Exception {
        var xpath = Stylesheets.processor().newXPathCompiler();
        SaxonApiException remote = assertThrows(SaxonApiException.class,
                () -> xpath.evaluate("doc('http://127.0.0.1:9/x.xml')", null));
        assertTrue(remote.getMessage().toLowerCase().contains("http") , remote.getMessage());
        Path evil = TestFiles.write(tmp, "evil.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
        SaxonApiException dtd = assertThrows(SaxonApiException.class,
                () -> xpath.evaluate("doc('" + evil.toUri() + "')", null));
        assertTrue(dtd.getMessage().contains("DOCTYPE"), dtd.getMessage());
    }
}
