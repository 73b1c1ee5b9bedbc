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
                    + "第" + style.branched(p.num()) + p.kind().counter();
            case ARTICLE -> supplPrefix(p) + articleNumber(p.num(), style);
            case PARAGRAPH -> paragraphOwnerLabel(p, style) + "第" + style.number(Integer.parseInt(p.num())) + "項";
            case ITEM -> containerLabel(p.parent(), style) + "第" + style.branched(p.num()) + "号";
            default -> of(p.parent(), style) + p.title();
        };
    }

    private static String articleNumber(String num, NumberStyle style) {
        int colon = num.indexOf(':');
        if (colon > 0) {
            return "第" + style.branched(num.substring(0, colon)) + "条から第"
                    + style.branched(num.substring(colon + 1)) + "条まで";
        }
        return "第" + style.branched(num) + "条";
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
