package org.regkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.regkit.model.Dom;
import org.regkit.model.PlainText;
import org.regkit.refs.Reference;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Wraps a reference's words in {@code <rk:ref>} inside a sentence container, finding them by their
 * offset in the provision's plain text (sentences run together, columns joined by a full-width
 * space, ruby readings left out — the same text the references were found in). A reference that
 * spans two text nodes (across ruby, say) is left unwrapped.
 */
final class ReferenceMarker {
    private ReferenceMarker() {
    }

    private record Piece(Text node, int start) {
    }

    static void mark(Element container, Reference r) {
        List<Piece> pieces = new ArrayList<>();
        int[] offset = {0};
        boolean first = true;
        for (Element child : Dom.children(container)) {
            if ("Column".equals(child.getLocalName()) && !first) {
                offset[0]++; // the full-width space between columns
            }
            first = false;
            List<Text> texts = new ArrayList<>();
            collect(child, texts);
            // offsets in the plain text the references were found in (PlainText: no pretty-printing breaks)
            String whole = texts.stream().map(t -> PlainText.flat(t.getData())).collect(Collectors.joining());
            int lead = whole.length() - whole.stripLeading().length();
            int pos = offset[0] - lead;
            for (Text t : texts) {
                pieces.add(new Piece(t, pos));
                pos += PlainText.flat(t.getData()).length();
            }
            offset[0] += whole.strip().length();
        }
        int start = r.start();
        int end = start + r.text().length();
        for (Piece p : pieces) {
            if (p.node().getData().isBlank()) {
                continue; // indentation between elements: its positions overlap the next column's text
            }
            int from = start - p.start();
            int to = end - p.start();
            String raw = p.node().getData();
            if (from >= 0 && to <= PlainText.flat(raw).length()) {
                wrap(p.node(), PlainText.rawOffset(raw, from), PlainText.rawOffset(raw, to - 1) + 1, r);
                return;
            }
        }
    }

    private static void collect(Node n, List<Text> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                out.add(t);
            } else if (c instanceof Element e && !"Rt".equals(e.getLocalName())) {
                collect(e, out);
            }
        }
    }

    private static void wrap(Text node, int from, int to, Reference r) {
        Text middle = node.splitText(from);
        middle.splitText(to - from);
        Element ref = node.getOwnerDocument().createElementNS(Dom.RK, "rk:ref");
        ref.setAttribute("kind", r.kind().word());
        if (!r.targets().isEmpty()) {
            ref.setAttribute("target", r.targets().stream().map(p -> p.id().value()).collect(Collectors.joining(" ")));
        }
        if (r.law() != null) {
            ref.setAttribute("law", r.law() + (r.lawNum() == null ? "" : "（" + r.lawNum() + "）"));
        }
        middle.getParentNode().replaceChild(ref, middle);
        ref.appendChild(middle);
    }
}
