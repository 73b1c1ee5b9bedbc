package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.Dom;
import org.regkit.model.ProvisionId;
import org.regkit.model.ProvisionKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Finding the element an amendment names in a regulation as it stands. */
final class Provisions {
    private Provisions() {
    }

    /** The main provision (本則). */
    static Element main(Document d) {
        return Dom.child(Dom.child(d.getDocumentElement(), "LawBody"), "MainProvision");
    }

    /** The element a target names, or null when there is none. */
    static Element find(Document d, Target t) {
        Node at = null;
        for (ProvisionId.Step s : t.steps()) {
            at = step(d, at, s);
            if (at == null) {
                return null;
            }
        }
        return (Element) at;
    }

    private static Element step(Document d, Node at, ProvisionId.Step s) {
        ProvisionKind k = s.kind();
        if (at == null) {
            if (k == ProvisionKind.SUPPL) {
                // the 附則 an amendment names by that word alone: the original one
                for (Element e : Dom.children(Dom.child(d.getDocumentElement(), "LawBody"))) {
                    if (e.getLocalName().equals("SupplProvision") && !e.hasAttribute("AmendLawNum")) {
                        return e;
                    }
                }
                return null;
            }
            return k == ProvisionKind.PARAGRAPH ? childNum(main(d), k, s.num()) : descendantNum(main(d), k, s.num());
        }
        Element parent = (Element) at;
        if (k == ProvisionKind.ARTICLE || k.isGrouping()) {
            return descendantNum(parent, k, s.num());
        }
        if (k.ordinal() >= ProvisionKind.ITEM.ordinal() && parent.getLocalName().equals("Article")) {
            // 第５条第２号: the article's only paragraph, or the one paragraph with items
            Element p = itemParagraph(parent);
            return p == null ? null : childNum(p, k, s.num());
        }
        return childNum(parent, k, s.num());
    }

    /** The paragraph of an article that 第N号 without 第N項 means. */
    static Element itemParagraph(Element article) {
        List<Element> paragraphs = children(article, ProvisionKind.PARAGRAPH);
        if (paragraphs.size() == 1) {
            return paragraphs.get(0);
        }
        List<Element> withItems = paragraphs.stream().filter(p -> !children(p, ProvisionKind.ITEM).isEmpty()).toList();
        return withItems.size() == 1 ? withItems.get(0) : null;
    }

    /** The children of a kind, in order. */
    static List<Element> children(Element parent, ProvisionKind kind) {
        List<Element> out = new ArrayList<>();
        for (Element e : Dom.children(parent)) {
            if (e.getLocalName().equals(kind.element())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element childNum(Element parent, ProvisionKind k, String num) {
        for (Element e : children(parent, k)) {
            if (num.equals(e.getAttribute("Num"))) {
                return e;
            }
        }
        return null;
    }

    private static Element descendantNum(Element root, ProvisionKind k, String num) {
        for (Element e : Dom.children(root)) {
            if (e.getLocalName().equals(k.element())) {
                if (num.equals(e.getAttribute("Num"))) {
                    return e;
                }
            } else if (ProvisionKind.ofElement(e.getLocalName()) != null && ProvisionKind.ofElement(e.getLocalName()).isGrouping()) {
                Element inside = descendantNum(e, k, num);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
