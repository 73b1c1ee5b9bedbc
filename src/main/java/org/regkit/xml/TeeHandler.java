package org.regkit.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Sends each SAX event to two handlers. Used so that validation sees the document exactly as the
 * DOM builder does, without the validator's default attributes leaking into the DOM.
 */
final class TeeHandler implements ContentHandler {
    private final ContentHandler a;
    private final ContentHandler b;

    TeeHandler(ContentHandler a, ContentHandler b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        a.setDocumentLocator(locator);
        b.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        a.startDocument();
        b.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        a.endDocument();
        b.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        a.startPrefixMapping(prefix, uri);
        b.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        a.endPrefixMapping(prefix);
        b.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        a.startElement(uri, localName, qName, atts);
        b.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        a.endElement(uri, localName, qName);
        b.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        a.characters(ch, start, length);
        b.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        a.ignorableWhitespace(ch, start, length);
        b.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        a.processingInstruction(target, data);
        b.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        a.skippedEntity(name);
        b.skippedEntity(name);
    }
}
