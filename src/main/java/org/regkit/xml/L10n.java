package org.regkit.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The fixed words of regkit's Japanese documents ({@code xslt/l10n/ja.xml}), for what Java writes
 * itself (workbooks): the same catalogue the stylesheets read, so a label is worded in one place.
 */
public final class L10n {
    private static final Map<String, String> JA = load("/xslt/l10n/ja.xml");

    private L10n() {
    }

    /** The word for {@code key}; a key the catalogue lacks is a bug in regkit, as it is in the stylesheets. */
    public static String text(String key) {
        String t = JA.get(key);
        if (t == null) {
            throw new IllegalStateException("no string '" + key + "' in l10n/ja.xml");
        }
        return t;
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = L10n.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not in regkit's jar");
            }
            XMLStreamReader r = SecureXml.newStaxFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("text")) {
                    String key = r.getAttributeValue(null, "key");
                    out.put(key, r.getElementText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("l10n/ja.xml does not read: " + e.getMessage(), e);
        }
        return Map.copyOf(out);
    }
}
