package org.regkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;

/**
 * One version of a regulation: the XML document and the provision tree derived from it, with an
 * index by identifier. Immutable once read.
 */
public final class Regulation {
    private final String source;
    private final Document document;
    private final String title;
    private final String lawNum;
    private final LocalDate effectiveDate;
    private final NumberStyle style;
    private final List<Provision> top;
    private final Map<ProvisionId, Provision> byId;
    private final List<Provision> all;
    private final List<Provision> mainArticles;

    Regulation(String source, Document document, String title, String lawNum,
               LocalDate effectiveDate, NumberStyle style, List<Provision> top,
               Map<ProvisionId, Provision> byId) {
        this.source = source;
        this.document = document;
        this.title = title;
        this.lawNum = lawNum;
        this.effectiveDate = effectiveDate;
        this.style = style;
        this.top = List.copyOf(top);
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        // both are asked for once per reference or citation resolved: walked once here
        List<Provision> every = new ArrayList<>(byId.size());
        List<Provision> articles = new ArrayList<>();
        for (Provision p : this.top) {
            collect(p, every);
            if (p.kind() != ProvisionKind.SUPPL) {
                articlesUnder(p, articles);
            }
        }
        this.all = List.copyOf(every);
        this.mainArticles = List.copyOf(articles);
    }

    /** The file this version was read from (as given on the command line). */
    public String source() {
        return source;
    }

    public Document document() {
        return document;
    }

    /** LawTitle. */
    public String title() {
        return title;
    }

    /** LawNum as written: 警察本部訓令第27号. */
    public String lawNum() {
        return lawNum;
    }

    /** rk:EffectiveDate, or null when the document does not say. */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /** How the document writes article numbers; labels are printed the same way. */
    public NumberStyle style() {
        return style;
    }

    /** The provisions directly under MainProvision, then each 附則. */
    public List<Provision> top() {
        return top;
    }

    /** The provision with this identifier, or null. */
    public Provision find(ProvisionId id) {
        return byId.get(id);
    }

    /** Every provision, in document order. */
    public List<Provision> all() {
        return all;
    }

    private static void collect(Provision p, List<Provision> out) {
        out.add(p);
        for (Provision c : p.children()) {
            collect(c, out);
        }
    }

    /** The articles of the main provision (inside any chapters), in order. */
    public List<Provision> mainArticles() {
        return mainArticles;
    }

    /** The articles directly or through groupings under {@code p}, or p itself if it is one. */
    public static void articlesUnder(Provision p, List<Provision> out) {
        if (p.kind() == ProvisionKind.ARTICLE) {
            out.add(p);
        } else if (p.kind().isGrouping() || p.kind() == ProvisionKind.SUPPL) {
            for (Provision c : p.children()) {
                articlesUnder(c, out);
            }
        }
    }

    /** The 附則, in order. */
    public List<Provision> suppls() {
        return top.stream().filter(p -> p.kind() == ProvisionKind.SUPPL).toList();
    }

    /** The paragraphs of the main provision when it has no articles (項建て), else empty. */
    public List<Provision> mainParagraphs() {
        return top.stream().filter(p -> p.kind() == ProvisionKind.PARAGRAPH).toList();
    }
}
