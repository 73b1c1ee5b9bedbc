package org.regkit.render;

import java.util.IdentityHashMap;
import java.util.Map;
import org.regkit.model.Dom;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A copy of the regulation document in which every provision carries its identifier
 * ({@code rk:id}) and canonical label ({@code rk:label}), so that stylesheets use the identifiers
 * the model derived instead of computing them a second way. The regulation itself is not changed.
 */
public final class ProvisionAnnotator {
    private ProvisionAnnotator() {
    }

    public static Document annotate(Regulation regulation) {
        Document original = regulation.document();
        Document copy = (Document) original.cloneNode(true);
        Map<Node, Node> twins = new IdentityHashMap<>();
        pair(original, copy, twins);
        for (Provision p : regulation.all()) {
            Element e = (Element) twins.get(p.element());
            e.setAttributeNS(Dom.RK, "rk:id", p.id().value());
            e.setAttributeNS(Dom.RK, "rk:label", Labels.of(p, regulation.style()));
        }
        return copy;
    }

    /** Maps each node of the original to the same node of its deep clone. */
    private static void pair(Node a, Node b, Map<Node, Node> twins) {
        twins.put(a, b);
        Node ca = a.getFirstChild();
        Node cb = b.getFirstChild();
        while (ca != null && cb != null) {
            if (ca.getNodeType() == Node.ELEMENT_NODE) {
                pair(ca, cb, twins);
            }
            ca = ca.getNextSibling();
            cb = cb.getNextSibling();
        }
    }
}
