package org.regkit.xml;

import java.util.Objects;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Finding child elements by namespace and local name, the one DOM walk every reader needs. */
public final class Elements {
    private Elements() {
    }

    /** The first child element with this namespace (null: none) and local name, or null. */
    public static Element firstChild(Node parent, String namespace, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && localName.equals(e.getLocalName()) && Objects.equals(namespace, e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }
}
