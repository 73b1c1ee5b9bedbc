package org.regkit.model;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for e-Gov documents, whose elements are in no namespace. */
public final class Dom {
    /** regkit's own namespace (metadata and extension attributes). */
    public static final String RK = "urn:regkit:regulation";

    private Dom() {
    }

    /** The element children of a node, in order. */
    public static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element in no namespace with this local name, or null. */
    public static Element child(Node parent, String name) {
        return org.regkit.xml.Elements.firstChild(parent, null, name);
    }

    /** The first child element in regkit's namespace with this local name, or null. */
    public static Element rkChild(Node parent, String name) {
        return org.regkit.xml.Elements.firstChild(parent, RK, name);
    }

    /** The first element below a node, in document order, with this name, or null: the walk stops there. */
    public static Element firstDescendant(Node root, String name) {
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                Element found = name.equals(e.getNodeName()) ? e : firstDescendant(e, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The stripped plain text of a child element, or "" when it is absent. */
    public static String childText(Node parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : PlainText.of(e).strip();
    }

    /** An attribute in no namespace, or null when absent. */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
