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
            return new FopConfParser(new ByteArrayInputStream(conf), URI.create("regkit:/"),
                    new LockedResourceResolver(allowed)).getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot configure FOP: " + e.getMessage(), e);
        }
    }
}
