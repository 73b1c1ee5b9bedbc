package org.regkit.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes on only the first element of a given local name and what it holds (plus the document's
 * start, end, locator and namespace declarations), so that a schema can judge a document embedded
 * in another, such as the law in an e-Gov API response, with positions in the outer file.
 */
final class Subtree extends ForwardingHandler {
    private final String localName;
    private int depth; // > 0 while inside the element
    private boolean done;

    Subtree(String localName, ContentHandler next) {
        super(next);
        this.localName = localName;
    }

    private boolean inside() {
        return depth > 0;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        if (!inside() && !done && localName.equals(local)) {
            depth = 1;
            next.startElement(uri, local, qName, atts);
        } else if (inside()) {
            depth++;
            next.startElement(uri, local, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        if (inside()) {
            next.endElement(uri, local, qName);
            if (--depth == 0) {
                done = true;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inside()) {
            next.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (inside()) {
            next.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (inside()) {
            next.processingInstruction(target, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (inside()) {
            next.skippedEntity(name);
        }
    }
}
