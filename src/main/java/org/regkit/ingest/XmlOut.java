package org.regkit.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer: elements that hold only text stay on one line, everything else
 * is indented by two spaces. Deterministic output keeps checked-in XML diffable.
 */
final class XmlOut {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;
    private int depth;

    XmlOut() {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element with attributes given as name, value pairs (null values are skipped). */
    XmlOut open(String name, String... attributes) {
        try {
            newline();
            w.writeStartElement(name);
            attributes(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut close() {
        try {
            depth--;
            newline();
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text (written empty when text is empty). */
    XmlOut leaf(String name, String text, String... attributes) {
        try {
            newline();
            if (text == null || text.isEmpty()) {
                w.writeEmptyElement(name);
                attributes(attributes);
            } else {
                w.writeStartElement(name);
                attributes(attributes);
                w.writeCharacters(text);
                w.writeEndElement();
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text-only element, left out when the text is null. */
    XmlOut optional(String name, String text) {
        return text == null ? this : leaf(name, text);
    }

    /** Declares a namespace prefix on the element just opened. */
    XmlOut namespace(String prefix, String uri) {
        try {
            w.writeNamespace(prefix, uri);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return bytes.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                w.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
