package org.regkit.xml;

import org.regkit.io.Problem;

import org.w3c.dom.Node;

/** Source positions that {@link XmlLoader} attaches to every element it builds. */
public final class Locations {
    static final String LINE = "regkit.line";
    static final String COLUMN = "regkit.column";

    private Locations() {
    }

    /** The 1-based line where the element's start tag ends, or 0 when unknown. */
    public static int line(Node node) {
        Object v = node == null ? null : node.getUserData(LINE);
        return v instanceof Integer i ? i : 0;
    }

    /** The 1-based column where the element's start tag ends, or 0 when unknown. */
    public static int column(Node node) {
        Object v = node == null ? null : node.getUserData(COLUMN);
        return v instanceof Integer i ? i : 0;
    }

    static void set(Node node, int line, int column) {
        node.setUserData(LINE, line, null);
        node.setUserData(COLUMN, column, null);
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
