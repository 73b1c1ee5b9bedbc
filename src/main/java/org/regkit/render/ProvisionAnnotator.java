package org.regkit.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import org.regkit.refs.Reference;
import org.regkit.refs.References;
import java.util.Map;
import org.regkit.model.Dom;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A copy of the regulation document in which every provision carries its identifier
 * ({@code rk:id}) and canonical label ({@code rk:label}), and every reference in the text is
 * wrapped in {@code rk:ref} (its targets' identifiers, or the external law), so that stylesheets
 * use what the model derived instead of computing it a second way. The regulation is not changed.
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
        List<Reference> refs = new ArrayList<>(References.find(regulation));
        refs.sort(Comparator.comparingInt(Reference::start).reversed()); // later ones first: offsets stay valid
        for (Reference r : refs) {
            if (r.kind() == org.regkit.refs.ReferenceKind.AMENDING_ACT) {
                continue; // the amending act's own article: not in this document, so not linked
            }
            String container = r.source().kind().sentenceElement();
            Element sentences = container == null ? null : Dom.child((Element) twins.get(r.source().element()), container);
            if (sentences != null) {
                ReferenceMarker.mark(sentences, r);
            }
        }
        datePromulgated(copy.getDocumentElement(), regulation.style());
        return copy;
    }

    /**
     * Puts the promulgation day the Law element's attributes give into rk:Meta when the metadata
     * does not say it, so that the header shows it (an e-Gov law written by hand, say).
     */
    private static void datePromulgated(Element law, org.regkit.model.NumberStyle style) {
        Element meta = Dom.rkChild(law, "Meta");
        java.time.LocalDate day = JapaneseDates.promulgation(law);
        if (day == null || meta != null && Dom.rkChild(meta, "PromulgationDate") != null) {
            return;
        }
        if (meta == null) {
            meta = law.getOwnerDocument().createElementNS(Dom.RK, "rk:Meta");
            law.insertBefore(meta, law.getFirstChild());
        }
        Element date = law.getOwnerDocument().createElementNS(Dom.RK, "rk:PromulgationDate");
        date.setAttribute("date", day.toString());
        date.setTextContent(JapaneseDates.format(day, style));
        meta.appendChild(date);
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
