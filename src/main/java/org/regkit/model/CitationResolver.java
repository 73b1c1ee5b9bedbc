package org.regkit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regkit.l10n.Messages;

/**
 * Resolves citations against one regulation version.
 *
 * <p>Following legal practice, an item may be cited without its paragraph (第３条第２号) when the
 * article has one paragraph; when it has several but only one of them has items, that one is
 * meant, and a note says so. A citation that names nothing is reported with the nearest
 * provision that does exist.
 */
public final class CitationResolver {
    private final Regulation regulation;
    /** The main provision's articles by number, made on first use: a law cites them thousands of times. */
    private java.util.Map<String, Provision> mainArticlesByNum;

    public CitationResolver(Regulation regulation) {
        this.regulation = regulation;
    }

    /** The outcome: the provision found (or null) and what the reader should know. */
    public record Resolution(Provision provision, List<String> notes, String error, Provision nearest, boolean ambiguous) {
        public boolean resolved() {
            return provision != null;
        }
    }

    /** Resolves a citation text (Japanese or identifier). */
    public Resolution resolve(String text) {
        Citation c;
        try {
            c = Citation.parse(text);
        } catch (IllegalArgumentException e) {
            return new Resolution(null, List.of(), e.getMessage(), null, false);
        }
        return resolve(c);
    }

    /** Resolves a parsed citation. */
    public Resolution resolve(Citation c) {
        if (c.isIdentifier()) {
            Provision p = regulation.find(new ProvisionId(c.text()));
            if (p != null) {
                return new Resolution(p, List.of(), null, null, false);
            }
        }
        List<String> notes = new ArrayList<>();
        Provision current = null;
        List<Citation.Step> steps = c.steps();
        int i = 0;
        if (c.suppl()) {
            if (!steps.isEmpty() && steps.get(0).kind() == ProvisionKind.SUPPL) {
                current = nth(regulation.suppls(), steps.get(0).num());
                i = 1;
            } else {
                current = regulation.suppls().stream().findFirst().orElse(null);
            }
            if (current == null) {
                return failure(c, Messages.text("citation.no-suppl"), null);
            }
        }
        for (; i < steps.size(); i++) {
            Citation.Step step = steps.get(i);
            List<Provision> candidates;
            try {
                candidates = candidates(current, step, notes);
            } catch (Ambiguous e) {
                return new Resolution(null, List.of(), Messages.text("citation.ambiguous", c.text(), e.getMessage()), current, true);
            }
            Provision next = candidates == regulation.mainArticles() && step.num() != null
                    ? mainArticle(step.num()) : match(candidates, step);
            if (next == null) {
                Provision nearest = nearest(candidates, step);
                if (nearest == null) {
                    nearest = current;
                }
                String where = current == null ? Messages.text("citation.the-regulation") : label(current);
                return failure(c, Messages.text("citation.no-such", describe(step), where), nearest);
            }
            current = next;
        }
        return new Resolution(current, List.copyOf(notes), null, null, false);
    }

    /** The canonical label of a provision, in the regulation's number style. */
    public String label(Provision p) {
        return Labels.of(p, regulation.style());
    }

    private Resolution failure(Citation c, String why, Provision nearest) {
        String message = nearest == null ? Messages.text("citation.unresolved", c.text(), why)
                : Messages.text("citation.unresolved-nearest", c.text(), why, label(nearest), nearest.id());
        return new Resolution(null, List.of(), message, nearest, false);
    }

    private static Provision nth(List<Provision> list, String num) {
        if (Numerals.plainNumber(num) < 0) {
            return null;
        }
        int n = Integer.parseInt(num);
        return n >= 1 && n <= list.size() ? list.get(n - 1) : null;
    }

    /** The provisions that step could name, given where the citation has got to. */
    private List<Provision> candidates(Provision current, Citation.Step step, List<String> notes) {
        ProvisionKind kind = step.kind();
        if (kind == ProvisionKind.ARTICLE) {
            List<Provision> out = new ArrayList<>();
            if (current == null) {
                return regulation.mainArticles();
            }
            for (Provision c : current.children()) {
                Regulation.articlesUnder(c, out);
            }
            return out;
        }
        if (current == null) {
            return kind == ProvisionKind.PARAGRAPH ? regulation.mainParagraphs()
                    : regulation.top().stream().filter(p -> p.kind() == kind).toList();
        }
        if (kind == ProvisionKind.ITEM && current.kind() != ProvisionKind.PARAGRAPH) {
            Provision para = impliedParagraph(current, notes);
            return para == null ? List.of() : para.children(kind);
        }
        return current.children(kind);
    }

    /**
     * The paragraph an item cited without one belongs to (第３条第２号). When several paragraphs
     * have items the citation is ambiguous and {@link Ambiguous} is thrown.
     */
    private Provision impliedParagraph(Provision article, List<String> notes) {
        List<Provision> paras = article.children(ProvisionKind.PARAGRAPH);
        if (paras.size() == 1) {
            return paras.get(0);
        }
        List<Provision> withItems = paras.stream()
                .filter(p -> !p.children(ProvisionKind.ITEM).isEmpty()).toList();
        if (withItems.size() > 1) {
            throw new Ambiguous(Messages.text("citation.items-in-paragraphs", label(article), withItems.stream().map(this::label)
                    .collect(java.util.stream.Collectors.joining(Messages.text("list.and")))));
        }
        if (withItems.size() == 1) {
            Provision para = withItems.get(0);
            notes.add(Messages.text("citation.item-paragraph", label(article), paras.size(), label(para)));
            return para;
        }
        return null;
    }

    /** A citation that could name more than one provision. */
    private static final class Ambiguous extends RuntimeException {
        Ambiguous(String message) {
            super(message, null, false, false);
        }
    }

    /** The first main article numbered {@code num}, as {@link #match} finds it, without reading them all. */
    private Provision mainArticle(String num) {
        if (mainArticlesByNum == null) {
            mainArticlesByNum = new java.util.HashMap<>();
            for (Provision a : regulation.mainArticles()) {
                mainArticlesByNum.putIfAbsent(a.num(), a);
            }
        }
        return mainArticlesByNum.get(num);
    }

    private static Provision match(List<Provision> candidates, Citation.Step step) {
        for (Provision p : candidates) {
            if (step.num() != null ? p.num().equals(step.num())
                    : Citation.normaliseLetter(p.title()).equals(Citation.normaliseLetter(step.label()))) {
                return p;
            }
        }
        if (step.num() == null) {
            // （ア） for a sub-item printed ア, or the reverse: the level is already fixed by the position
            String bare = unbracketed(step.label());
            for (Provision p : candidates) {
                if (unbracketed(p.title()).equals(bare)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static String unbracketed(String title) {
        return Citation.normaliseLetter(title).replace("(", "").replace(")", "");
    }

    /** The candidate closest in number to what was asked for (the last one when all are lower). */
    private static Provision nearest(List<Provision> candidates, Citation.Step step) {
        if (candidates.isEmpty()) {
            return null;
        }
        if (step.num() == null) {
            return candidates.get(candidates.size() - 1);
        }
        int wanted = Provision.leadingNumber(step.num());
        return candidates.stream()
                .min(Comparator.comparingInt((Provision p) -> Math.abs(p.leadingNumber() - wanted)))
                .orElse(null);
    }

    private String describe(Citation.Step step) {
        if (step.num() == null) {
            return step.label();
        }
        if (step.kind() == ProvisionKind.SUPPL) {
            return Messages.text("citation.suppl-number", step.num());
        }
        return Labels.counted(step.num(), step.kind().counter(), regulation.style());
    }
}
