package org.regkit.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.regkit.l10n.Messages;

/**
 * Bounded work, decided where a document enters: elements nested deeper than any law nests (real
 * e-Gov data goes 23 deep; a hostile file 3,000), a table cell spanning more rows or columns than
 * any table has (colspan="2000000" would have FOP lay out two million columns), and characters
 * XML 1.0 cannot hold (an XML 1.1 file's &amp;#x1;, which no output of regkit could carry) are
 * refused with their place, so that no later step overflows its stack, runs for minutes or writes
 * XML it cannot read back.
 */
final class Limits extends ForwardingHandler {
    /** The deepest nesting regkit reads. */
    static final int MAX_DEPTH = 100;
    /** The most rows or columns a table cell may span: e-Gov publishes cells spanning up to 367 rows. */
    static final int MAX_SPAN = 1000;

    private Locator locator;
    private int depth;

    Limits(ContentHandler next) {
        super(next);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        next.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw refused(Messages.text("limits.depth", MAX_DEPTH));
        }
        for (int i = 0; i < atts.getLength(); i++) {
            String value = atts.getValue(i);
            String name = atts.getLocalName(i);
            if ((name.equals("colspan") || name.equals("rowspan")) && value.strip().matches("[0-9]+")) {
                String digits = value.strip().replaceFirst("^0+(?=.)", "");
                if (digits.length() > 4 || Integer.parseInt(digits) > MAX_SPAN) {
                    throw refused(Messages.text(name.equals("colspan") ? "limits.colspan" : "limits.rowspan", value.strip(), MAX_SPAN));
                }
            }
            checkCharacters(value.toCharArray(), 0, value.length());
        }
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        next.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkCharacters(ch, start, length);
        next.characters(ch, start, length);
    }

    /** Control characters other than tab, line feed and carriage return: XML 1.1 allows them as references, 1.0 does not. */
    private void checkCharacters(char[] ch, int start, int length) throws SAXParseException {
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw refused(Messages.text("limits.control", String.format("U+%04X", (int) c)));
            }
        }
    }

    private SAXParseException refused(String message) {
        return new SAXParseException(message, locator);
    }

}
