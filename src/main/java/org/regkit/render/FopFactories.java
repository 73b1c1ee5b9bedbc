package org.regkit.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.xml.sax.SAXException;

/**
 * FOP factories configured for Japanese: each font registered explicitly with subset embedding
 * (no auto-detection, which is slow and machine-dependent), complex scripts off (with them on,
 * extracted text turns 文 into the radical ⽂), no font cache file, and the locked resolver.
 */
public final class FopFactories {
    private static final Map<FontSet, FopFactory> CACHE = new ConcurrentHashMap<>();
    /** Kept so that the logger settings are not garbage-collected; FOP reports through events instead. */
    private static final Logger[] QUIET = {Logger.getLogger("org.apache.fop"), Logger.getLogger("org.apache.xmlgraphics")};

    static {
        for (Logger l : QUIET) {
            l.setLevel(Level.SEVERE);
        }
    }

    private FopFactories() {
    }

    public static FopFactory get(FontSet fonts) {
        return CACHE.computeIfAbsent(fonts, FopFactories::build);
    }

    /** The FOP configuration file for these fonts (also what a benchmark hands to FOP alone). */
    public static String configuration(FontSet fonts) {
        StringBuilder b = new StringBuilder();
        b.append("<fop version=\"1.0\">\n");
        b.append("  <use-cache>false</use-cache>\n");
        b.append("  <complex-scripts disabled=\"true\"/>\n");
        b.append("  <renderers>\n    <renderer mime=\"application/pdf\">\n      <fonts>\n");
        font(b, fonts.body(), FontSet.BODY_FAMILY);
        font(b, fonts.heading(), FontSet.HEADING_FAMILY);
        if (fonts.supplementary() != null) {
            font(b, fonts.supplementary(), FontSet.SUPPLEMENTARY_FAMILY);
        }
        b.append("      </fonts>\n    </renderer>\n  </renderers>\n</fop>\n");
        return b.toString();
    }

    private static void font(StringBuilder b, Path file, String family) {
        b.append("        <font embed-url=\"").append(xmlEscape(file.toUri().toString()))
                .append("\" embedding-mode=\"subset\" kerning=\"yes\">\n");
        for (String style : new String[] {"normal", "italic"}) {
            for (String weight : new String[] {"normal", "bold"}) {
                b.append("          <font-triplet name=\"").append(family).append("\" style=\"").append(style)
                        .append("\" weight=\"").append(weight).append("\"/>\n");
            }
        }
        b.append("        </font>\n");
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static FopFactory build(FontSet fonts) {
        Set<URI> allowed = new HashSet<>();
        allowed.add(fonts.body().toUri().normalize());
        allowed.add(fonts.heading().toUri().normalize());
        if (fonts.supplementary() != null) {
            allowed.add(fonts.supplementary().toUri().normalize());
        }
        try {
            byte[] conf = configuration(fonts).getBytes(StandardCharsets.UTF_8);
            FopFactory factory = new FopConfParser(new ByteArrayInputStream(conf), URI.create("regkit:/"),
                    new LockedResourceResolver(allowed)).getFopFactoryBuilder().build();
            loadFonts(factory, fonts);
            return factory;
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot configure FOP: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the fonts once, before any document uses the factory: FOP loads a font lazily on its first
     * use, and two documents rendered at once on a new factory (a batch, a web service) can both
     * start loading it, one of them failing and leaving the factory with Times-Roman in its place —
     * which PDF/A refuses. Seen once in a corpus run of 250 PDFs on two threads; never again since.
     */
    private static void loadFonts(FopFactory factory, FontSet fonts) {
        StringBuilder fo = new StringBuilder("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:layout-master-set>"
                + "<fo:simple-page-master master-name=\"p\"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
                + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\">");
        for (String family : new String[] {FontSet.BODY_FAMILY, FontSet.HEADING_FAMILY,
                fonts.supplementary() == null ? null : FontSet.SUPPLEMENTARY_FAMILY}) {
            if (family != null) {
                fo.append("<fo:block font-family=\"").append(family).append("\">条</fo:block>");
            }
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>");
        try {
            var fop = factory.newFop(org.apache.fop.apps.MimeConstants.MIME_PDF, java.io.OutputStream.nullOutputStream());
            var t = org.regkit.xml.SecureXml.newTransformerFactory().newTransformer();
            t.transform(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(fo.toString())),
                    new javax.xml.transform.sax.SAXResult(fop.getDefaultHandler()));
        } catch (org.apache.fop.apps.FOPException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot load the fonts: " + e.getMessage(), e);
        }
    }
}
