package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.regkit.export.TextExporter;
import org.regkit.l10n.Messages;
import org.regkit.model.Dom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Whether two versions read the same: their body's text, line by line, and its structure (elements and numbers). */
final class TextComparison {
    private TextComparison() {
    }

    /** True when {@code a} and {@code b} have the same body, {@code b}'s {@code leaveOut} (an element of it) aside. */
    static boolean sameBody(Document a, Document b, Element leaveOut) {
        return signature(a, null).equals(signature(b, leaveOut));
    }

    /** The first line where the two bodies differ, as "A ≠ B", or null when they are the same. */
    static String firstDifference(Document a, Document b, Element leaveOut) {
        List<String> x = signature(a, null);
        List<String> y = signature(b, leaveOut);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String p = i < x.size() ? x.get(i) : Messages.text("compare.nothing");
            String q = i < y.size() ? y.get(i) : Messages.text("compare.nothing");
            if (!p.equals(q)) {
                int at = 0;
                while (at < p.length() && at < q.length() && p.charAt(at) == q.charAt(at)) {
                    at++;
                }
                return excerpt(p, at) + " ≠ " + excerpt(q, at);
            }
        }
        return null;
    }

    private static String excerpt(String s, int at) {
        return "…" + s.substring(Math.max(0, at - 20), Math.min(s.length(), at + 20)) + "…";
    }

    /** Differences of body text and structure, for a message (empty when the same). */
    static List<String> signature(Document d, Element leaveOut) {
        List<String> out = new ArrayList<>();
        Element body = Dom.child(d.getDocumentElement(), "LawBody");
        for (Element e : Dom.children(body)) {
            if (e == leaveOut) {
                continue;
            }
            out.addAll(TextExporter.provision(e));
            structure(e, out);
        }
        return out;
    }

    private static void structure(Element e, List<String> out) {
        StringBuilder b = new StringBuilder(e.getLocalName());
        // a provision's number is structure; a sentence's or column's Num is how e-Gov happened to write it
        if (e.hasAttribute("Num") && org.regkit.model.ProvisionKind.ofElement(e.getLocalName()) != null) {
            b.append('@').append(e.getAttribute("Num"));
        }
        if (e.getLocalName().equals("Column") || e.getLocalName().startsWith("TOC") || e.getLocalName().equals("ArticleRange")
                || e.getLocalName().endsWith("Title") && e.getParentNode() instanceof Element p && p.getLocalName().startsWith("TOC")) {
            // where one column (or entry of the 目次) ends and the next begins is text the lines do not show
            b.append('=').append(org.regkit.model.PlainText.of(e).strip());
        }
        out.add(b.toString());
        for (Element c : Dom.children(e)) {
            structure(c, out);
        }
    }
}
