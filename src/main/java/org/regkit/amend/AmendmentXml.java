package org.regkit.amend;

import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.regkit.model.ListTitle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An amending rule as XML for the stylesheets that print it ({@code xslt/amend/}): number, title,
 * 制定文, each sentence with the provisions it sets out (each line with its kind, for its indent),
 * the 附則, the date and the issuer.
 */
public final class AmendmentXml {
    /** The namespace of the document. */
    public static final String NS = "urn:regkit:amendment";
    private static final Pattern ARTICLE = Pattern.compile("第[^　\\s]+条[^　\\s]*[　\\s].*");
    private static final Pattern PARAGRAPH = Pattern.compile("[0-9０-９]+[　\\s].*");

    private AmendmentXml() {
    }

    /** The document; {@code issuer} (埼玉県警察本部長) may be null. */
    public static Document build(Amendment a, String issuer) {
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            d = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = d.createElementNS(NS, "amendment");
        d.appendChild(root);
        leaf(root, "number", a.number());
        leaf(root, "title", a.title());
        leaf(root, "statement", a.statement());
        for (Amendment.Sentence s : a.sentences()) {
            Element sentence = leaf(root, "sentence", null);
            leaf(sentence, "text", s.text());
            for (Edit e : s.edits()) {
                lines(sentence, AmendmentText.block(e));
            }
        }
        if (!a.suppl().isEmpty()) {
            lines(leaf(root, "suppl", null), a.suppl());
        }
        leaf(root, "date", a.date());
        leaf(root, "issuer", issuer);
        return d;
    }

    private static void lines(Element parent, List<String> lines) {
        for (String l : lines) {
            Element line = leaf(parent, "line", l);
            line.setAttribute("kind", kind(l));
        }
    }

    /** caption, article, paragraph, item, subitem or text: what a line sets out, for its indent. */
    private static String kind(String l) {
        if (l.startsWith("（")) {
            return "caption";
        }
        if (ARTICLE.matcher(l).matches()) {
            return "article";
        }
        if (PARAGRAPH.matcher(l).matches()) {
            return "paragraph";
        }
        ListTitle.Opening o = ListTitle.opening(l);
        return o == null ? "text" : o.title().isKatakana() ? "subitem" : "item";
    }

    private static Element leaf(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        if (text != null) {
            e.setTextContent(text);
        }
        if (text != null || !List.of("number", "date", "issuer").contains(name)) {
            parent.appendChild(e);
        }
        return e;
    }
}
