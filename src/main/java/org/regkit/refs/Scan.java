package org.regkit.refs;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;

/**
 * The reading of one provision's text: which characters already belong to a reference (or to a
 * quotation), the references found so far, and what was named last — the article and paragraph
 * that 同条 and 同項 mean, and the references a bare 第２号 may continue (前条第１号及び第２号), which
 * are another law's when the reference it joins was.
 */
final class Scan {
    /** A reference as later ones see it: where it ends, at which depth of parentheses, what it named, or that it was a table's row. */
    record Named(int end, int depth, Provision target, String law, boolean tableRow) {
        Named(int end, int depth, Provision target, String law) {
            this(end, depth, target, law, false);
        }
    }

    final Provision source;
    final String text;
    final boolean amendingAct;
    private final boolean[] taken;
    private final int[] depth;
    private final List<Reference> found = new ArrayList<>();
    private final List<Named> named = new ArrayList<>();

    /** The article, paragraph and item named last, for 同条, 同項 and 同号 (null: none yet, or another law's). */
    Provision article;
    Provision paragraph;
    Provision item;
    /** The items a 各号 named last (第三条各号, 前項各号), for 当該各号; null when none was. */
    List<Provision> items;
    /**
     * The other law whose article, paragraph or item was named last, or null when it was this
     * regulation's: after 租税特別措置法第六十四条第一項, 同項 is that law's, while after 法人税法第四条の二
     * only 同条 is and 同項 still means this law's paragraph named last.
     */
    private String articleLaw;
    private String paragraphLaw;
    private String itemLaw;
    /** Whether the 号 named last was a table's row (別表第一第八号), which a 同号 then means too. */
    private boolean tableRow;
    /** The other law named last, with or without a provision, for 同第二条; null when none was. */
    String lawMentioned;
    /** The references to other laws found before the scan, by place, and how many of them it has passed. */
    private final List<Ahead> ahead = new ArrayList<>();
    private boolean aheadSorted;
    private int nextAhead;

    /** A reference to another law found ahead of the scan: where it starts and what it names. */
    private record Ahead(int start, String law, String provision) {
    }

    Scan(Provision source) {
        this.source = source;
        this.text = source.text();
        this.taken = new boolean[text.length() + 1];
        this.depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '）' && d > 0) {
                d--;
            }
            depth[i] = d;
            if (c == '（') {
                d++;
            }
        }
        depth[text.length()] = d;
        Provision suppl = Places.self(source, ProvisionKind.SUPPL);
        this.amendingAct = suppl != null && suppl.element().hasAttribute("AmendLawNum");
    }

    boolean taken(int i) {
        return taken[i];
    }

    void take(int from, int to) {
        for (int k = Math.max(0, from); k < to && k < taken.length; k++) {
            taken[k] = true;
        }
    }

    /** Records a reference of this regulation and what it names, for the references that follow. */
    void internal(ReferenceKind kind, String words, int start, List<Provision> targets) {
        if (amendingAct && targets.isEmpty()) {
            // an amending act's 附則 is kept as an excerpt (抄): what it names and this law does not hold is
            // in the act's own text, left out here, not a provision of this law regkit failed to find
            other(ReferenceKind.AMENDING_ACT, words, start, null, null, words);
            return;
        }
        found.add(Reference.internal(source, kind, words, start, targets));
        take(start, start + words.length());
        // 第三条各号（第二号を除く。）: what follows is read in the paragraph the items are in
        Provision single = words.endsWith("各号") && !targets.isEmpty() ? targets.get(0).parent()
                : targets.size() == 1 ? targets.get(0) : null;
        remember(new Named(start + words.length(), depth[start], single, null));
        if (single != null) {
            // 同条 means the article named last as an article (第五条, 前条), not the one a 前項 lies in
            if (words.contains("条")) {
                article = Places.self(single, ProvisionKind.ARTICLE);
                articleLaw = null;
            }
            if (words.contains("項")) {
                paragraph = Places.self(single, ProvisionKind.PARAGRAPH);
                paragraphLaw = null;
            }
            if (words.contains("号") && !words.contains("各号")) {
                item = Places.self(single, ProvisionKind.ITEM);
                itemLaw = null;
                tableRow = false;
            }
        }
        if (words.endsWith("各号")) {
            items = targets;
            itemLaw = null;
        }
    }

    /** Records a reference to another law (or to the amending act) and, when it names a provision, that it was named last. */
    void other(ReferenceKind kind, String words, int start, String law, String lawNum, String provision) {
        record(kind, words, start, law, lawNum, provision);
        namedOther(kind == ReferenceKind.EXTERNAL ? law : null, provision);
    }

    /**
     * As {@link #other}, for a reference to another law found before the scan of this text: what it
     * names counts for the references after it once the scan gets there ({@link #reach}), so that a
     * 同条 before it still means this law's article named last.
     */
    void otherAhead(String words, int start, String law, String lawNum, String provision) {
        record(ReferenceKind.EXTERNAL, words, start, law, lawNum, provision);
        ahead.add(new Ahead(start, law, provision));
    }

    /** Lets each reference to another law found ahead and standing before {@code at} count as named last. */
    void reach(int at) {
        if (!aheadSorted) {
            ahead.sort(java.util.Comparator.comparingInt(Ahead::start));
            aheadSorted = true;
        }
        while (nextAhead < ahead.size() && ahead.get(nextAhead).start() < at) {
            Ahead a = ahead.get(nextAhead++);
            namedOther(a.law(), a.provision());
        }
    }

    private void record(ReferenceKind kind, String words, int start, String law, String lawNum, String provision) {
        found.add(new Reference(source, kind, words, start, List.of(), law, lawNum, provision));
        take(start, start + words.length());
        remember(new Named(start + words.length(), depth[start], null, kind == ReferenceKind.EXTERNAL ? law : null));
    }

    private void namedOther(String otherLaw, String provision) {
        lawMentioned = otherLaw != null ? otherLaw : lawMentioned;
        if (provision == null || provision.isEmpty()) {
            return;
        }
        if (provision.contains("各号")) {
            items = null; // 当該各号 means the items of a 各号 named last, this law's only
        }
        // 附則 alone: whatever 同 names next is that law's
        boolean levels = provision.contains("条") || provision.contains("項") || provision.contains("号");
        if (!levels || provision.contains("条")) {
            article = null;
            articleLaw = otherLaw;
        }
        if (!levels || provision.contains("項")) {
            paragraph = null;
            paragraphLaw = otherLaw;
        }
        if (!levels || provision.contains("号")) {
            item = null;
            itemLaw = otherLaw;
            tableRow = false;
        }
    }

    /**
     * Records that a table's row was named (表第一号, 別表第三第一号, from {@code start} to {@code end}): not a
     * reference, but what a 同号 after it means, and what a bare 第N号 joined to it (、第二号) continues.
     */
    void namedTableRow(int start, int end) {
        tableRow = true;
        remember(new Named(end, depth[start], null, null, true));
    }

    /** Whether the 号 named last was a table's row. */
    boolean tableRowNamedLast() {
        return tableRow;
    }

    /** The other law that 同条, 同項 or 同号 ({@code word}) names a provision of, or null when it is this regulation's. */
    String lawNamedLast(String word) {
        return switch (word) {
            case "同条" -> articleLaw;
            case "同項" -> paragraphLaw;
            case "同号" -> itemLaw;
            default -> null;
        };
    }

    /** Keeps the references in the order of their ends: those to other laws are found before the rest. */
    private void remember(Named n) {
        int at = named.size();
        while (at > 0 && named.get(at - 1).end() > n.end()) {
            at--;
        }
        named.add(at, n);
    }

    /**
     * The reference that one starting at {@code at} continues, or null: the last one at the same
     * depth of parentheses when only a conjunction stands between them (第１号、第３号及び第５号,
     * 第二十四条（第十四号を除く。）、第二十六条), or the one a parenthesis opens right after
     * (第二十四条（第十四号 …）).
     */
    Named joined(int at) {
        for (int k = named.size() - 1; k >= 0; k--) {
            Named n = named.get(k);
            if (n.end() > at) {
                continue;
            }
            String joint = text.substring(n.end(), at);
            if (n.depth() == depth[at] && References.CONJUNCTION.matcher(joint).matches()
                    || n.depth() == depth[at] - 1 && joint.equals("（")) {
                return n;
            }
            if (n.depth() <= depth[at]) {
                return null;
            }
        }
        return null;
    }

    /** The last reference, when it ends right at {@code at} (法律第百五十五号附則第三条), or null. */
    Named adjacent(int at) {
        for (int k = named.size() - 1; k >= 0; k--) {
            if (named.get(k).end() == at) {
                return named.get(k);
            }
        }
        return null;
    }

    /** The references found, in the order of their place in the text. */
    List<Reference> references() {
        found.sort(java.util.Comparator.comparingInt(Reference::start));
        return found;
    }
}
