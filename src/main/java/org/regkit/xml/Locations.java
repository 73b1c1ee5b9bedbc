package org.regkit.xml;

import org.regkit.io.Problem;

import org.w3c.dom.Node;

/** Source positions that {@link XmlLoader} attaches to every element it builds. */
public final class Locations {
    private Locations() {
    }

    /** The 1-based line where the element's start tag ends, or 0 when unknown. */
    public static int line(Node node) {
        Positions p = node == null ? null : Positions.find(node);
        return p == null ? 0 : p.line(node);
    }

    /** The 1-based column where the element's start tag ends, or 0 when unknown. */
    public static int column(Node node) {
        Positions p = node == null ? null : Positions.find(node);
        return p == null ? 0 : p.column(node);
    }

    /** The encoding a loaded document's XML declaration names, as written (utf-8, Shift_JIS), or null. */
    public static String declaredEncoding(org.w3c.dom.Document document) {
        return DomBuilder.declaredEncoding(document);
    }

    /** A problem located at the given node of the given file. */
    public static Problem error(String file, Node node, String message) {
        return Problem.error(file, line(node), column(node), message);
    }

    /** A warning located at the given node of the given file. */
    public static Problem warning(String file, Node node, String message) {
        return Problem.warning(file, line(node), column(node), message);
    }
}
