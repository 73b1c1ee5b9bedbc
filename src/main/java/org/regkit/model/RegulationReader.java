package org.regkit.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regkit.l10n.Messages;
import org.regkit.xml.Locations;
import org.regkit.io.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Derives the provision tree and identifiers from a regulation document. Two provisions with the
 * same identifier are a problem (the second is left out of the index): an error in a regulation
 * regkit keeps, a warning in published e-Gov data, which is authoritative even where it numbers
 * two items alike. A {@code Num} that is not a machine number (published data has {@code Num=""}
 * and {@code Num="ロ"}) is read from the title, else taken from the provision's place.
 */
public final class RegulationReader {
    private final String source;
    private boolean published;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<ProvisionId, Provision> byId = new LinkedHashMap<>();

    private RegulationReader(String source) {
        this.source = source;
    }

    /** The regulation and the problems met while deriving it. */
    public record Result(Regulation regulation, List<Problem> problems) {
    }

    /** Reads a loaded (and schema-valid) regulation document. */
    public static Result read(Document document, String source) {
        RegulationReader r = new RegulationReader(source);
        Regulation reg = r.build(document);
        return new Result(reg, List.copyOf(r.problems));
    }

    private Regulation build(Document document) {
        Element law = document.getDocumentElement();
        published = isPublished(law);
        Element body = Dom.child(law, "LawBody");
        List<Provision> top = new ArrayList<>();
        String title = "";
        NumberStyle style = NumberStyle.FULL_WIDTH;
        if (body != null) {
            title = Dom.childText(body, "LawTitle");
            Element main = Dom.child(body, "MainProvision");
            if (main != null) {
                for (Element e : Dom.children(main)) {
                    Provision p = provision(e, null, null);
                    if (p != null) {
                        top.add(p);
                    }
                }
            }
            int ordinal = 0;
            for (Element e : Dom.children(body)) {
                if ("SupplProvision".equals(e.getLocalName())) {
                    ordinal++;
                    top.add(suppl(e, ordinal));
                }
            }
            // not getElementsByTagName, which counts every one in the law before giving the first
            Element firstArticle = Dom.firstDescendant(document, "ArticleTitle");
            if (firstArticle != null) {
                style = NumberStyle.of(firstArticle.getTextContent());
            }
        }
        return new Regulation(source, document, title, Dom.childText(law, "LawNum"),
                effectiveDate(law), style, top, byId);
    }

    /** True for e-Gov law XML as published (no regkit metadata) or imported from it. */
    static boolean isPublished(Element law) {
        Element meta = Dom.rkChild(law, "Meta");
        Element source = meta == null ? null : Dom.rkChild(meta, "Source");
        return meta == null || source != null && "egov".equals(source.getAttribute("format"));
    }

    private LocalDate effectiveDate(Element law) {
        Element meta = Dom.rkChild(law, "Meta");
        Element date = meta == null ? null : Dom.rkChild(meta, "EffectiveDate");
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.getAttribute("date"));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Provision suppl(Element e, int ordinal) {
        String num = Integer.toString(ordinal);
        ProvisionId id = ProvisionId.child(null, ProvisionKind.SUPPL, num);
        String label = Dom.childText(e, "SupplProvisionLabel");
        Provision p = new Provision(ProvisionKind.SUPPL, num, id, label, null, "", e, null);
        register(p);
        for (Element c : Dom.children(e)) {
            Provision child = provision(c, p, p);
            if (child != null) {
                p.add(child);
            }
        }
        return p;
    }

    /**
     * The provision for element {@code e}, or null when {@code e} is not a provision.
     * {@code scope} is the enclosing 附則 (or null), which prefixes the identifiers of articles,
     * since articles are numbered through the document regardless of chapters.
     */
    private Provision provision(Element e, Provision parent, Provision scope) {
        ProvisionKind kind = ProvisionKind.ofElement(e.getLocalName());
        if (kind == null || kind == ProvisionKind.SUPPL || e.getNamespaceURI() != null) {
            return null;
        }
        String num = number(kind, e);
        Provision idParent = kind == ProvisionKind.ARTICLE ? scope : parent;
        ProvisionId id = ProvisionId.child(idParent == null ? null : idParent.id(), kind, num);
        String caption = switch (kind) {
            case ARTICLE -> Dom.childText(e, "ArticleCaption");
            case PARAGRAPH -> Dom.childText(e, "ParagraphCaption");
            default -> "";
        };
        String sentenceElement = kind.sentenceElement();
        Element sentences = sentenceElement == null ? null : Dom.child(e, sentenceElement);
        String text = sentences == null ? "" : PlainText.sentences(sentences);
        Provision p = new Provision(kind, num, id, Dom.childText(e, kind.titleElement()),
                caption.isEmpty() ? null : caption, text, e, parent);
        register(p);
        for (Element c : Dom.children(e)) {
            Provision child = provision(c, p, scope);
            if (child != null) {
                p.add(child);
            }
        }
        return p;
    }

    private void register(Provision p) {
        Provision existing = byId.putIfAbsent(p.id(), p);
        if (existing != null) {
            Object[] args = {p.id(), Locations.line(existing.element()), p.kind().element(), p.num()};
            problems.add(published ? Locations.warning(source, p.element(), Messages.text("provision.duplicate-published", args))
                    : Locations.error(source, p.element(), Messages.text("provision.duplicate", args)));
        }
    }

    private static final java.util.regex.Pattern MACHINE_NUMBER =
            java.util.regex.Pattern.compile("[1-9][0-9]{0,8}(_[1-9][0-9]{0,8})*(:[1-9][0-9]{0,8}(_[1-9][0-9]{0,8})*)?");

    /**
     * The machine number of a provision: its {@code Num} when it is one, else what its title says
     * (Num="ロ" titled ロ), else its place among the siblings of its kind.
     */
    private static String number(ProvisionKind kind, Element e) {
        String num = e.getAttribute("Num");
        if (MACHINE_NUMBER.matcher(num).matches()) {
            return num;
        }
        String title = Dom.childText(e, kind.titleElement());
        String fromTitle = kind == ProvisionKind.ARTICLE || kind.isGrouping() ? TitleNumbers.counted(title)
                : kind == ProvisionKind.PARAGRAPH ? (Numerals.isNumber(title) ? Integer.toString(Numerals.parse(title)) : null)
                : TitleNumbers.list(title, KanaSequence.IROHA);
        if (fromTitle != null) {
            return fromTitle;
        }
        int place = 1;
        for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element s && s.getLocalName().equals(e.getLocalName())) {
                place++;
            }
        }
        return Integer.toString(place);
    }
}
