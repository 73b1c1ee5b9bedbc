package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.ProvisionKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The text a word change reads and rewrites: the sentences of a provision and of everything under
 * it (ruby readings aside), its 見出し, or a title; held as the DOM text nodes it is made of, so that
 * a replacement lands in the document whatever inline markup it crosses.
 */
final class ScopeText {
    private final List<Text> nodes = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private ScopeText() {
    }

    /** The sentences under {@code scope} (a provision, or one of its sentence elements). */
    static ScopeText sentences(Element scope) {
        ScopeText s = new ScopeText();
        s.collect(scope, scope.getLocalName().equals("Sentence"));
        return s;
    }

    /** The text of one element (a 見出し, a title). */
    static ScopeText of(Element element) {
        ScopeText s = new ScopeText();
        s.collect(element, true);
        return s;
    }

    /** Every word of an element, titles included, ruby readings left out: a 目次 is titles and article ranges. */
    static ScopeText whole(Element element) {
        ScopeText s = new ScopeText();
        s.collectAll(element);
        return s;
    }

    private void collectAll(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t && !t.getData().isBlank()) {
                nodes.add(t);
                text.append(t.getData());
            } else if (c instanceof Element e && !e.getLocalName().equals("Rt")) {
                collectAll(e);
            }
        }
    }

    private void collect(Node n, boolean inSentence) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t && inSentence) {
                nodes.add(t);
                text.append(t.getData());
            } else if (c instanceof Element e && !e.getLocalName().equals("Rt") && !isTitle(e)) {
                collect(e, inSentence || e.getLocalName().equals("Sentence"));
            }
        }
    }

    private static boolean isTitle(Element e) {
        String n = e.getLocalName();
        return n.endsWith("Title") || n.endsWith("Caption") || n.equals("ParagraphNum") || n.equals("SupplProvisionLabel");
    }

    String text() {
        return text.toString();
    }

    /** Where the text of {@code sentenceElement} (inside this scope) begins, or -1. */
    int offsetOf(Element sentenceElement) {
        int at = 0;
        for (Text t : nodes) {
            for (Node p = t.getParentNode(); p != null; p = p.getParentNode()) {
                if (p == sentenceElement) {
                    return at;
                }
            }
            at += t.getData().length();
        }
        return -1;
    }

    /** How often {@code s} occurs. */
    int count(String s) {
        if (s.isEmpty()) {
            return 0; // no words are found nowhere; an empty string would be found at every place, for ever
        }
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }

    /** Replaces every occurrence of {@code from} by {@code to}, right to left; returns how many. */
    int replaceAll(String from, String to) {
        if (from.isEmpty()) {
            return 0;
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + from.length())) {
            at.add(i);
        }
        for (int k = at.size() - 1; k >= 0; k--) {
            replace(at.get(k), at.get(k) + from.length(), to);
        }
        return at.size();
    }

    /**
     * Replaces characters [start, end) with {@code with}. The new text goes into the first node the
     * range touches (an insertion: the node whose text it ends, so that words added after a sentence
     * join that sentence); the rest of the range is cut from the nodes after it.
     */
    void replace(int start, int end, String with) {
        int pos = 0;
        boolean placed = false;
        for (Text t : nodes) {
            String d = t.getData();
            int ns = pos;
            int ne = pos + d.length();
            pos = ne;
            boolean touches = start == end ? !placed && start >= ns && start <= ne : start < ne && end > ns;
            if (!touches) {
                continue;
            }
            int a = Math.max(start, ns) - ns;
            int b = Math.min(end, ne) - ns;
            t.setData(d.substring(0, a) + (placed ? "" : with) + d.substring(b));
            placed = true;
            if (end <= ne) {
                break;
            }
        }
        text.replace(start, end, with);
    }

    /** The own sentence element of a provision element: ParagraphSentence, ItemSentence …, or null. */
    static Element sentenceElement(Element provision) {
        ProvisionKind k = ProvisionKind.ofElement(provision.getLocalName());
        String name = k == null ? null : k.sentenceElement();
        return name == null ? null : org.regkit.model.Dom.child(provision, name);
    }
}
