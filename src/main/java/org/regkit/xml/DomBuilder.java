package org.regkit.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;
import org.regkit.l10n.Messages;

/**
 * Builds a DOM from SAX events and records on each element the line and column of its start tag,
 * which the JDK's own DOM builder forgets. Comments and processing instructions are not kept.
 */
final class DomBuilder extends DefaultHandler {
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private final Document document;
    private final Deque<Node> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final Positions positions;
    private Locator locator;

    DomBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            document = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        open.push(document);
        positions = Positions.of(document);
    }

    Document document() {
        return document;
    }

    /** The user-data key under which the document keeps the encoding its XML declaration names. */
    static final String ENCODING = "regkit.xmlEncoding";

    /** The encoding a loaded document's XML declaration names (as written), or null when it names none. */
    static String declaredEncoding(Document document) {
        return document.getUserData(ENCODING) instanceof String s ? s : null;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws org.xml.sax.SAXException {
        try {
            open(uri, qName, atts);
        } catch (org.w3c.dom.DOMException e) {
            // the parser lets a few names through that namespaces forbid (<:a>, a:b:c): not well-formed all the same
            throw new org.xml.sax.SAXParseException(Messages.text("xml.bad-name", qName), locator);
        }
    }

    private void open(String uri, String qName, Attributes atts) {
        if (open.size() == 1 && locator instanceof org.xml.sax.ext.Locator2 l && l.getEncoding() != null) {
            document.setUserData(ENCODING, l.getEncoding(), null); // as the XML declaration writes it: utf-8, UTF-8
        }
        flushText();
        Element e = document.createElementNS(uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < atts.getLength(); i++) {
            String attUri = atts.getURI(i);
            String attQName = atts.getQName(i);
            if (attQName.equals("xmlns") || attQName.startsWith("xmlns:")) { // not xmlnsWritingMode, an attribute like any
                e.setAttributeNS(XMLNS, attQName, atts.getValue(i));
            } else {
                e.setAttributeNS(attUri.isEmpty() ? null : attUri, attQName, atts.getValue(i));
            }
        }
        if (locator != null) {
            positions.put(e, locator.getLineNumber(), locator.getColumnNumber());
        }
        open.peek().appendChild(e);
        open.push(e);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        // declarations arrive as xmlns attributes because the reader reports namespace prefixes
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flushText();
        open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    private void flushText() {
        if (text.length() > 0) {
            if (open.peek() != document) {
                open.peek().appendChild(document.createTextNode(text.toString()));
            }
            text.setLength(0);
        }
    }
}
