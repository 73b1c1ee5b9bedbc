package org.regkit.model;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The plain text of law XML content: ruby readings (Rt) left out, everything else kept. */
public final class PlainText {
    private PlainText() {
    }

    /** The text of an element and its descendants, without Rt. */
    public static String of(Node node) {
        StringBuilder b = new StringBuilder();
        append(node, b);
        return b.toString();
    }

    private static void append(Node node, StringBuilder b) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE && !"Rt".equals(c.getLocalName())) {
                append(c, b);
            }
        }
    }

    /**
     * The sentences of a sentence container (ParagraphSentence, ItemSentence …): Sentence texts run
     * together, Columns separated by a full-width space, as they are printed.
     */
    public static String sentences(Element container) {
        StringBuilder b = new StringBuilder();
        for (Element child : Dom.children(container)) {
            if ("Column".equals(child.getLocalName()) && b.length() > 0) {
                b.append('　');
            }
            b.append(of(child).strip());
        }
        return b.toString();
    }
}
