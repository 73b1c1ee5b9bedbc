package org.regkit.refs;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.Citation;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;

/**
 * Finds provisions by their place: the articles and paragraphs around a provision (also in a
 * 附則, and in a law whose main provision is paragraphs without articles), neighbours in a list,
 * and a paragraph, item or sub-item named by number below another provision.
 */
final class Places {
    private final Regulation regulation;

    Places(Regulation regulation) {
        this.regulation = regulation;
    }

    /** The provision itself when it is of that kind, else its nearest ancestor of that kind, or null. */
    static Provision self(Provision p, ProvisionKind kind) {
        return p.kind() == kind ? p : p.ancestor(kind);
    }

    /** The articles numbered together with {@code article}: the main provision's, or its 附則's. */
    List<Provision> articlesBeside(Provision article) {
        Provision scope = article.ancestor(ProvisionKind.SUPPL);
        if (scope == null) {
            return regulation.mainArticles();
        }
        List<Provision> out = new ArrayList<>();
        Regulation.articlesUnder(scope, out);
        return out;
    }

    /**
     * The paragraphs numbered together with {@code p}'s: its article's, else (項建て, paragraphs with
     * no article) its 附則's or the main provision's.
     */
    List<Provision> paragraphsAround(Provision p) {
        Provision article = self(p, ProvisionKind.ARTICLE);
        if (article != null) {
            return article.children(ProvisionKind.PARAGRAPH);
        }
        Provision suppl = self(p, ProvisionKind.SUPPL);
        return suppl != null ? suppl.children(ProvisionKind.PARAGRAPH) : regulation.mainParagraphs();
    }

    /** The paragraph with number {@code num} among those numbered with {@code around}'s, or null. */
    Provision paragraph(Provision around, int num) {
        return numbered(paragraphsAround(around), Integer.toString(num));
    }

    /** The item {@code num} of a paragraph, or of an article's only paragraph with items; null when none. */
    static Provision item(Provision paragraphOrArticle, String num) {
        Provision para = paragraphOrArticle.kind() == ProvisionKind.ARTICLE ? onlyParagraphWithItems(paragraphOrArticle)
                : paragraphOrArticle;
        return para == null ? null : numbered(para.children(ProvisionKind.ITEM), num);
    }

    /** The sub-item of {@code parent} printed with {@code letter} (ア, イ), or null. */
    static Provision subitem(Provision parent, String letter) {
        Provision found = null;
        for (Provision c : parent.children()) {
            if (c.kind().isSubitem() && Citation.normaliseLetter(c.title()).equals(letter)) {
                found = c;
            }
        }
        return found;
    }

    /** The nearest paragraph before {@code paragraph}, in its article, that has items; null when none has. */
    static Provision paragraphWithItemsBefore(Provision paragraph) {
        Provision found = null;
        for (Provision sibling : paragraph.parent().children(ProvisionKind.PARAGRAPH)) {
            if (sibling == paragraph) {
                return found;
            }
            if (!sibling.children(ProvisionKind.ITEM).isEmpty()) {
                found = sibling;
            }
        }
        return null;
    }

    private static Provision onlyParagraphWithItems(Provision article) {
        List<Provision> withItems = article.children(ProvisionKind.PARAGRAPH).stream()
                .filter(x -> !x.children(ProvisionKind.ITEM).isEmpty()).toList();
        return withItems.size() == 1 ? withItems.get(0) : null;
    }

    /** The provision with this machine number, or null. */
    static Provision numbered(List<Provision> list, String num) {
        for (Provision c : list) {
            if (c.num().equals(num)) {
                return c;
            }
        }
        return null;
    }

    /** Up to {@code count} provisions right before {@code p} in {@code siblings}. */
    static List<Provision> before(List<Provision> siblings, Provision p, int count) {
        int at = siblings.indexOf(p);
        return at < 0 ? List.of() : List.copyOf(siblings.subList(Math.max(0, at - count), at));
    }

    /** The provision {@code step} places after (or before, when negative) {@code p} in {@code siblings}. */
    static List<Provision> neighbour(List<Provision> siblings, Provision p, int step) {
        int at = siblings.indexOf(p);
        int to = at + step;
        return at >= 0 && to >= 0 && to < siblings.size() ? List.of(siblings.get(to)) : List.of();
    }
}
