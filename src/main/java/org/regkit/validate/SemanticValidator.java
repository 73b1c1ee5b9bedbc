package org.regkit.validate;

import java.util.ArrayList;
import java.util.List;
import org.regkit.l10n.Messages;
import org.regkit.model.KanaSequence;
import org.regkit.model.Numerals;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.regkit.model.TitleNumbers;
import org.regkit.xml.Locations;
import org.regkit.io.Problem;

/**
 * The checks an XSD cannot express: numbers follow each other (1, 2, 3; ア, イ, ウ), allowing a
 * branch (第３条の２ after 第３条) and a range of deleted articles; each display title agrees with
 * its machine number; groupings are numbered in order.
 *
 * <p>Every finding is a warning: a published law is authoritative, and numbering regkit cannot
 * follow says something about regkit's reading, not about the law. An excerpt (抄: a 附則 or main
 * provision with {@code Extract="true"}) leaves provisions out, so there only the order is checked.
 */
public final class SemanticValidator {
    private final Regulation regulation;
    private final List<Problem> problems = new ArrayList<>();

    private SemanticValidator(Regulation regulation) {
        this.regulation = regulation;
    }

    /** A title that ends in 抄, perhaps inside its closing bracket: …政令　抄, 明治十三年太政官布告第三十六号（刑法　抄）. */
    private static final java.util.regex.Pattern EXCERPT_TITLE = java.util.regex.Pattern.compile("抄[\\s　）)]*$");

    /** Every semantic problem of the regulation. */
    public static List<Problem> check(Regulation regulation) {
        SemanticValidator v = new SemanticValidator(regulation);
        for (Provision p : regulation.top()) {
            if (p.kind() == ProvisionKind.SUPPL) {
                v.excerpt = "true".equals(p.element().getAttribute("Extract"));
                v.scope(p.children());
            }
        }
        List<Provision> main = regulation.top().stream().filter(p -> p.kind() != ProvisionKind.SUPPL).toList();
        // the main provision is an excerpt when it says so (Extract="true") or when the title does
        // (…に関する政令　抄, …（刑法　抄）): e-Gov marks many excerpts only in their title
        v.excerpt = !main.isEmpty() && main.get(0).element().getParentNode() instanceof org.w3c.dom.Element m
                && "true".equals(m.getAttribute("Extract"))
                || regulation.title() != null && EXCERPT_TITLE.matcher(regulation.title()).find();
        v.scope(main);
        return List.copyOf(v.problems);
    }

    /** Whether the scope being checked is an excerpt (抄), whose numbering may skip. */
    private boolean excerpt;

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
                warn(a, fromTitle == null ? Messages.text("numbering.title", "ArticleTitle", a.title(), a.num())
                        : Messages.text("numbering.title-says", "ArticleTitle", a.title(), a.num(), fromTitle));
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
                    warn(g, Messages.text("numbering.title", kind.element() + "Title", g.title(), g.num()));
                }
                groupings(g.children());
            }
        }
    }

    private void paragraphs(List<Provision> paras) {
        int previous = 0;
        for (int i = 0; i < paras.size(); i++) {
            Provision p = paras.get(i);
            int num = number(p.num());
            if (excerpt ? num <= previous : num != i + 1) {
                warn(p, excerpt ? Messages.text("numbering.paragraph-after", p.num(), previous) : Messages.text("numbering.paragraph", p.num(), i + 1));
            }
            previous = Math.max(previous, num);
            String shown = p.title().startsWith("○") || p.title().startsWith("◯") ? p.title().substring(1) : p.title(); // ○２: e-Gov marks a paragraph numbered in the old style
            if (!shown.isEmpty() && (!Numerals.isNumber(shown) || Numerals.parse(shown) != num)) {
                warn(p, Messages.text("numbering.title", "ParagraphNum", p.title(), p.num()));
            }
            list(p.children(ProvisionKind.ITEM));
        }
    }

    /** A paragraph's number, or -1 when its Num is not one (published data has Num=""). */
    private static int number(String num) {
        return Numerals.plainNumber(num);
    }

    /** Items or sub-items of one parent, then their children. */
    private void list(List<Provision> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sequence(entries, entries.get(0).kind() == ProvisionKind.ITEM ? "item" : "sub-item");
        KanaSequence kana = TitleNumbers.sequenceOf(entries.get(0).title());
        boolean roman = TitleNumbers.isRoman(entries.get(0).title());
        // e-Gov numbers sub-items by position once one Num stood for a range (イ及びロ) or a branch (ハの二)
        boolean counted = false;
        for (int i = 0; i < entries.size(); i++) {
            Provision e = entries.get(i);
            if (!e.title().isEmpty()) {
                String fromTitle = TitleNumbers.list(e.title(), kana, roman);
                boolean range = fromTitle != null && (fromTitle.contains(":") || fromTitle.contains("_"));
                boolean byPosition = e.kind().isSubitem() && (range || counted) && e.num().equals(Integer.toString(i + 1));
                if ((fromTitle == null || !fromTitle.equals(e.num())) && !byPosition) {
                    warn(e, Messages.text("numbering.title", e.kind().element() + "Title", e.title(), e.num()));
                }
                counted |= range && e.num().equals(Integer.toString(i + 1));
            }
            ProvisionKind next = e.kind().nextListLevel();
            if (next != null) {
                list(e.children(next));
            }
        }
    }

    /** Numbers must start at 1 and each follow the one before (in an excerpt, come after it). */
    private void sequence(List<Provision> list, String what) {
        String previous = null;
        for (Provision p : list) {
            String num = p.num();
            String published = p.element().getAttribute("Num");
            if (!published.equals(num)) {
                warn(p, Messages.text("numbering.not-machine", Messages.text("numbering." + what), shown(p), published, num));
            }
            boolean ok = excerpt ? previous == null || after(num, previous)
                    : previous == null ? firstOk(num) : follows(num, previous);
            if (!ok) {
                warn(p, previous == null ? Messages.text("numbering.start", Messages.text("numbering." + what), shown(p))
                        : Messages.text("numbering.follows", Messages.text("numbering." + what), shown(p), previous));
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

    /** True when {@code num} comes after {@code previous} in number order (3_2 after 3, 5 after 3_2). */
    static boolean after(String num, String previous) {
        int[] p = parts(end(previous));
        int[] c = parts(start(num));
        for (int i = 0; i < Math.min(p.length, c.length); i++) {
            if (c[i] != p[i]) {
                return c[i] > p[i];
            }
        }
        return c.length > p.length;
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

    private void warn(Provision p, String message) {
        problems.add(Locations.warning(regulation.source(), p.element(), message));
    }
}
