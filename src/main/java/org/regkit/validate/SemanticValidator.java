package org.regkit.validate;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.KanaSequence;
import org.regkit.model.Numerals;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.regkit.model.TitleNumbers;
import org.regkit.xml.Locations;
import org.regkit.xml.Problem;

/**
 * The checks an XSD cannot express: numbers follow each other (1, 2, 3; ア, イ, ウ), allowing a
 * branch (第３条の２ after 第３条) and a range of deleted articles; each display title agrees with
 * its machine number; groupings are numbered in order.
 */
public final class SemanticValidator {
    private final Regulation regulation;
    private final List<Problem> problems = new ArrayList<>();

    private SemanticValidator(Regulation regulation) {
        this.regulation = regulation;
    }

    /** Every semantic problem of the regulation. */
    public static List<Problem> check(Regulation regulation) {
        SemanticValidator v = new SemanticValidator(regulation);
        for (Provision p : regulation.top()) {
            if (p.kind() == ProvisionKind.SUPPL) {
                v.scope(p.children());
            }
        }
        v.scope(regulation.top().stream().filter(p -> p.kind() != ProvisionKind.SUPPL).toList());
        return List.copyOf(v.problems);
    }

    /** One 本則 or 附則: articles are numbered through it, across chapters. */
    private void scope(List<Provision> top) {
        List<Provision> articles = new ArrayList<>();
        for (Provision p : top) {
            Regulation.articlesUnder(p, articles);
        }
        sequence(articles, "article");
        for (Provision a : articles) {
            String fromTitle = TitleNumbers.counted(a.title());
            if (fromTitle == null || !fromTitle.equals(a.num())) {
                error(a, "ArticleTitle " + a.title() + " does not match Num=\"" + a.num() + "\""
                        + (fromTitle == null ? "" : " (the title says " + fromTitle + ")"));
            }
            paragraphs(a.children(ProvisionKind.PARAGRAPH));
        }
        groupings(top);
        paragraphs(top.stream().filter(p -> p.kind() == ProvisionKind.PARAGRAPH).toList());
    }

    private void groupings(List<Provision> siblings) {
        for (ProvisionKind kind : List.of(ProvisionKind.PART, ProvisionKind.CHAPTER, ProvisionKind.SECTION,
                ProvisionKind.SUBSECTION, ProvisionKind.DIVISION)) {
            List<Provision> list = siblings.stream().filter(p -> p.kind() == kind).toList();
            sequence(list, kind.element().toLowerCase(java.util.Locale.ROOT));
            for (Provision g : list) {
                String fromTitle = TitleNumbers.counted(g.title());
                if (fromTitle == null || !fromTitle.equals(g.num())) {
                    error(g, kind.element() + "Title " + g.title() + " does not match Num=\"" + g.num() + "\"");
                }
                groupings(g.children());
            }
        }
    }

    private void paragraphs(List<Provision> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Provision p = paras.get(i);
            if (!p.num().equals(Integer.toString(i + 1))) {
                error(p, "paragraph Num=\"" + p.num() + "\" out of sequence: expected " + (i + 1));
            }
            String shown = p.title();
            if (!shown.isEmpty() && (!Numerals.isNumber(shown) || Numerals.parse(shown) != Integer.parseInt(p.num()))) {
                error(p, "ParagraphNum " + shown + " does not match Num=\"" + p.num() + "\"");
            }
            list(p.children(ProvisionKind.ITEM));
        }
    }

    /** Items or sub-items of one parent, then their children. */
    private void list(List<Provision> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sequence(entries, entries.get(0).kind() == ProvisionKind.ITEM ? "item" : "sub-item");
        KanaSequence kana = TitleNumbers.sequenceOf(entries.get(0).title());
        boolean roman = TitleNumbers.isRoman(entries.get(0).title());
        for (Provision e : entries) {
            if (!e.title().isEmpty()) {
                String fromTitle = TitleNumbers.list(e.title(), kana, roman);
                if (fromTitle == null || !fromTitle.equals(e.num())) {
                    error(e, e.kind().element() + "Title " + e.title() + " does not match Num=\"" + e.num() + "\"");
                }
            }
            ProvisionKind next = e.kind().nextListLevel();
            if (next != null) {
                list(e.children(next));
            }
        }
    }

    /** Numbers must start at 1 and each follow the one before. */
    private void sequence(List<Provision> list, String what) {
        String previous = null;
        for (Provision p : list) {
            String num = p.num();
            boolean ok = previous == null ? firstOk(num) : follows(num, previous);
            if (!ok) {
                error(p, what + " " + shown(p) + " out of sequence: "
                        + (previous == null ? "numbering should start at 1" : "it follows Num=\"" + previous + "\""));
            }
            previous = num;
        }
    }

    private static boolean firstOk(String num) {
        return start(num).equals("1") || start(num).startsWith("1_");
    }

    private static String start(String num) {
        return num.contains(":") ? num.substring(0, num.indexOf(':')) : num;
    }

    private static String end(String num) {
        return num.contains(":") ? num.substring(num.indexOf(':') + 1) : num;
    }

    /**
     * True when {@code num} may come right after {@code previous}: the last number of some prefix
     * goes up by one (3_2 → 3_3, 3_2 → 4) or a branch is opened at 2 (3 → 3_2).
     */
    static boolean follows(String num, String previous) {
        int[] p = parts(end(previous));
        int[] c = parts(start(num));
        if (c.length == p.length + 1 && c[c.length - 1] == 2 && prefixEquals(c, p, p.length)) {
            return true;
        }
        if (c.length <= p.length && c[c.length - 1] == p[c.length - 1] + 1 && prefixEquals(c, p, c.length - 1)) {
            return true;
        }
        return false;
    }

    private static boolean prefixEquals(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] parts(String num) {
        String[] s = num.split("_");
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Integer.parseInt(s[i]);
        }
        return out;
    }

    private static String shown(Provision p) {
        return p.title().isEmpty() ? "Num=\"" + p.num() + "\"" : p.title();
    }

    private void error(Provision p, String message) {
        problems.add(Locations.error(regulation.source(), p.element(), message));
    }
}
