package org.regkit.model;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plain text of law XML content: ruby readings (Rt) left out, and the line breaks with which
 * a pretty-printer indents mixed content ({@code 哺<Rt>ほ</Rt></Ruby>⏎␣␣␣育}) left out, since no law's text
 * has them: e-Gov publishes the same law both ways. Everything else is kept.
 */
public final class PlainText {
    /** A line break and the ASCII spaces or tabs around it. */
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("[ \t\r]*\n[ \t\r\n]*");

    private PlainText() {
    }

    /**
     * A text node's value as it counts in the plain text: without pretty-printing line breaks, and
     * nothing for a node of ASCII spaces alone (the indentation between two elements of a title).
     */
    public static String flat(String raw) {
        if (raw.isBlank() && raw.indexOf('\u3000') < 0) {
            return "";
        }
        return raw.indexOf('\n') < 0 ? raw : BREAK.matcher(raw).replaceAll("");
    }

    /** The offset in {@code raw} of the character at {@code flatOffset} of {@link #flat}{@code (raw)}. */
    public static int rawOffset(String raw, int flatOffset) {
        if (raw.indexOf('\n') < 0 || raw.isBlank()) {
            return flatOffset;
        }
        java.util.regex.Matcher m = BREAK.matcher(raw);
        int removed = 0;
        while (m.find() && m.start() - removed < flatOffset) {
            removed += m.end() - m.start();
        }
        return flatOffset + removed;
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
                b.append(flat(c.getNodeValue()));
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
