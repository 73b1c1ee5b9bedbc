package org.regkit.model;

/**
 * The canonical citation label of a provision, in the regulation's own number style:
 * 第３条第１項第２号ア, 第三条第二号 (an item of a single-paragraph article omits the paragraph,
 * as legal practice does), 附則第２項, 第１章第２節.
 */
public final class Labels {
    private Labels() {
    }

    public static String of(Provision p, NumberStyle style) {
        return switch (p.kind()) {
            case SUPPL -> supplLabel(p);
            case PART, CHAPTER, SECTION, SUBSECTION, DIVISION -> prefix(p.parent(), style)
                    + counted(p.num(), p.kind().counter(), style);
            case ARTICLE -> supplPrefix(p) + counted(p.num(), "条", style);
            case PARAGRAPH -> paragraphOwnerLabel(p, style) + counted(p.num(), "項", style);
            case ITEM -> containerLabel(p.parent(), style) + counted(p.num(), "号", style);
            default -> of(p.parent(), style) + p.title();
        };
    }

    /**
     * 3_2 with 条 → 第３条の２: the counter follows the first number, branches follow the counter; a
     * range 38:84 (deleted articles, items …) → 第38条から第84条まで.
     */
    static String counted(String num, String counter, NumberStyle style) {
        int colon = num.indexOf(':');
        if (colon > 0) {
            return counted(num.substring(0, colon), counter, style) + "から" + counted(num.substring(colon + 1), counter, style) + "まで";
        }
        int us = num.indexOf('_');
        if (us < 0) {
            return "第" + style.branched(num) + counter;
        }
        return "第" + style.branched(num.substring(0, us)) + counter + "の" + style.branched(num.substring(us + 1));
    }

    /** Label of the grouping or 附則 a grouping sits in ("" at the top of the main provision). */
    private static String prefix(Provision parent, NumberStyle style) {
        return parent == null ? "" : of(parent, style);
    }

    private static String supplPrefix(Provision p) {
        Provision s = p.ancestor(ProvisionKind.SUPPL);
        return s == null ? "" : supplLabel(s);
    }

    private static String supplLabel(Provision s) {
        String amend = s.element().getAttribute("AmendLawNum");
        return amend.isEmpty() ? "附則" : "附則（" + amend + "）";
    }

    /** The label a paragraph's own label starts from: its article, or its 附則, or nothing. */
    private static String paragraphOwnerLabel(Provision para, NumberStyle style) {
        Provision owner = para.parent();
        if (owner == null) {
            return "";
        }
        return owner.kind() == ProvisionKind.SUPPL ? supplLabel(owner) : of(owner, style);
    }

    /** The label items start from: the paragraph, or the article when it has only one. */
    private static String containerLabel(Provision para, NumberStyle style) {
        Provision owner = para.parent();
        if (owner != null && owner.children(ProvisionKind.PARAGRAPH).size() == 1) {
            return owner.kind() == ProvisionKind.SUPPL ? supplLabel(owner) : of(owner, style);
        }
        return of(para, style);
    }
}
