package org.regkit.diff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;

/**
 * Lays the changes out as the rows of the 新旧対照表, once, when the diff is made: the title when it
 * changed and the 目次 when it changed, then the articles of the main provision and the 附則 in the new
 * version's order (removed ones where they stood, a heading row before the first article of a chapter
 * that is new or renamed, unchanged runs as one 略 row), then the appendices that changed.
 *
 * <p>As offices set it, unchanged paragraphs and items inside a changed article are elided as 略
 * (「(1)～(7)　略」), unless the table is asked for whole; and the amending rule's own 附則 is left out:
 * it is no change to the text.
 */
final class ComparisonRows {
    private final RegulationDiff diff;
    /** Set changed articles out in full instead of eliding what did not change in them. */
    private final boolean whole;
    private final List<ComparisonRow> rows = new ArrayList<>();
    private final Map<Provision, Change> byNew = new IdentityHashMap<>();
    private final Map<Provision, Change> byOld = new IdentityHashMap<>();
    /** Whether a provision or anything under it changed, on each side, once found. */
    private final Map<Provision, Boolean> touchedNew = new IdentityHashMap<>();
    private final Map<Provision, Boolean> touchedOld = new IdentityHashMap<>();
    /** Groupings whose title row is already in the table. */
    private final java.util.Set<Provision> shownGroupings = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private ComparisonRows(RegulationDiff diff, boolean whole) {
        this.diff = diff;
        this.whole = whole;
        for (Change c : diff.changes()) {
            if (c.newProvision() != null) {
                byNew.put(c.newProvision(), c);
            }
            if (c.oldProvision() != null) {
                byOld.put(c.oldProvision(), c);
            }
        }
    }

    static List<ComparisonRow> of(RegulationDiff diff, boolean whole) {
        ComparisonRows r = new ComparisonRows(diff, whole);
        r.fill();
        return List.copyOf(r.rows);
    }

    private void fill() {
        if (!diff.titleRuns().isEmpty()) {
            rows.add(new ComparisonRow(ComparisonRow.Kind.CHANGED, null, null, List.of(runsLine(diff.titleRuns(), true)),
                    List.of(runsLine(diff.titleRuns(), false)), null, null));
        }
        diff.appendices().stream().filter(AppendixChange::isContents).forEach(this::appendixRow);
        rows(diff.oldVersion().mainArticles(), diff.newVersion().mainArticles());
        rows(diff.oldVersion().suppls(), diff.newVersion().suppls());
        diff.appendices().stream().filter(a -> !a.isContents()).forEach(this::appendixRow);
    }

    /** An appendix (or the 目次) that changed, came or went, line by line. */
    private void appendixRow(AppendixChange a) {
        ComparisonRow.Kind kind = a.type() == ChangeType.ADDED ? ComparisonRow.Kind.ADDED
                : a.type() == ChangeType.REMOVED ? ComparisonRow.Kind.REMOVED : ComparisonRow.Kind.CHANGED;
        rows.add(new ComparisonRow(kind, null, null, appendixSide(a, true), appendixSide(a, false),
                kind == ComparisonRow.Kind.REMOVED ? "removed" : null, kind == ComparisonRow.Kind.ADDED ? "added" : null));
    }

    /** Rows for two lists of top-level provisions, in the new order, removed ones where they stood. */
    private void rows(List<Provision> olds, List<Provision> news) {
        Map<Provision, Provision> n2o = new IdentityHashMap<>();
        for (Provision o : olds) {
            Provision s = diff.successor(o);
            if (s != null) {
                n2o.put(s, o);
            }
        }
        Map<Provision, Integer> place = Provision.positions(olds);
        boolean omitted = false;
        int i = 0;
        for (Provision n : news) {
            Provision o = n2o.get(n);
            if (o == null && n.kind() == ProvisionKind.SUPPL) {
                continue; // the amending rule's own 附則: no change to the text, no row
            }
            if (o != null) {
                int at = place.getOrDefault(o, -1);
                for (; i < at; i++) {
                    if (diff.successor(olds.get(i)) == null) {
                        row(null, olds.get(i));
                        omitted = false;
                    }
                }
                i = Math.max(i, at + 1);
            }
            if (groupingRows(n)) {
                omitted = false;
            }
            if (o != null && !changedWithin(o, n)) {
                if (!omitted) {
                    rows.add(ComparisonRow.omitted());
                    omitted = true;
                }
                continue;
            }
            row(n, o);
            omitted = false;
        }
        for (; i < olds.size(); i++) {
            if (diff.successor(olds.get(i)) == null) {
                row(null, olds.get(i));
            }
        }
    }

    /**
     * Before the first article of a chapter (or part, section …) whose title changed or that is new:
     * a row with the title, changed words underlined. True when a row was added.
     */
    private boolean groupingRows(Provision article) {
        List<Provision> groupings = new ArrayList<>();
        for (Provision g = article.parent(); g != null && g.kind().isGrouping(); g = g.parent()) {
            groupings.add(0, g);
        }
        boolean added = false;
        for (Provision g : groupings) {
            Change c = byNew.get(g);
            if (c == null || !shownGroupings.add(g)) {
                continue;
            }
            boolean isNew = c.oldProvision() == null;
            rows.add(new ComparisonRow(isNew ? ComparisonRow.Kind.ADDED : ComparisonRow.Kind.CHANGED, g.id().value(),
                    isNew ? null : c.oldProvision().id().value(), List.of(titleLine(c, true)),
                    isNew ? List.of() : List.of(titleLine(c, false)), null, isNew ? "added" : null));
            added = true;
        }
        return added;
    }

    /** A grouping's title on one side: the words only this side has underlined. */
    private static ComparisonRow.Line titleLine(Change c, boolean isNew) {
        if (c.runs().isEmpty()) {
            Lines l = new Lines();
            l.line(0).seg((isNew ? c.newProvision() : c.oldProvision()).title(), true);
            return l.done().get(0);
        }
        return runsLine(c.runs(), isNew);
    }

    /** An appendix on one side, a line per line of its text, this side's own words underlined (none for a placeholder). */
    private static List<ComparisonRow.Line> appendixSide(AppendixChange a, boolean isNew) {
        if (isNew ? a.type() == ChangeType.REMOVED : a.type() == ChangeType.ADDED) {
            return List.of();
        }
        Lines l = new Lines();
        Lines.Open line = l.line(0);
        for (Run r : a.runs()) {
            if (r.op() != Run.Op.EQUAL && (r.op() == Run.Op.INSERT) != isNew) {
                continue;
            }
            String[] parts = r.text().split("\n", -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    line = l.line(0);
                }
                line.seg(parts[k], r.op() != Run.Op.EQUAL);
            }
        }
        return l.done();
    }

    /** One line of changed text on one side. */
    private static ComparisonRow.Line runsLine(List<Run> runs, boolean isNew) {
        Lines l = new Lines();
        segs(l.line(0), runs, isNew);
        return l.done().get(0);
    }

    /** Changed text on one side of a line: equal runs plain, this side's own runs underlined, the other side's left out. */
    private static void segs(Lines.Open line, List<Run> runs, boolean isNew) {
        for (Run r : runs) {
            if (r.op() == Run.Op.EQUAL) {
                line.seg(r.text(), false);
            } else if ((r.op() == Run.Op.INSERT) == isNew) {
                line.seg(r.text(), true);
            }
        }
    }

    private boolean changedWithin(Provision o, Provision n) {
        return !diff.sameContent(o, n) || !o.num().equals(n.num()) || n.deleted() != o.deleted();
    }

    private void row(Provision n, Provision o) {
        ComparisonRow.Kind kind = n == null ? ComparisonRow.Kind.REMOVED : o == null ? ComparisonRow.Kind.ADDED : ComparisonRow.Kind.CHANGED;
        Lines newSide = new Lines();
        Lines oldSide = new Lines();
        if (n != null) {
            lines(newSide, n, true, o == null, 0);
        }
        if (o != null) {
            lines(oldSide, o, false, n == null, 0);
        }
        rows.add(new ComparisonRow(kind, n == null ? null : n.id().value(), o == null ? null : o.id().value(), newSide.done(),
                oldSide.done(), n == null ? "removed" : null, o == null ? "added" : null));
    }

    /** The lines of a provision and everything under it, with the changed parts marked. */
    private void lines(Lines side, Provision p, boolean isNew, boolean whole, int depth) {
        Change c = (isNew ? byNew : byOld).get(p);
        boolean inPlace = c != null && c.inPlace();
        // a provision emptied to 削除: all of the old text is the change, and 削除 on the new side
        boolean all = whole || c != null && (isNew ? c.type() == ChangeType.ADDED : c.type() == ChangeType.REMOVED);
        if (p.kind() == ProvisionKind.SUPPL) {
            side.line(0).seg(p.title() + (p.element().getAttribute("AmendLawNum").isEmpty() ? ""
                    : "（" + p.element().getAttribute("AmendLawNum") + "）"), all);
        }
        if (p.caption() != null) {
            side.line(depth).seg(p.caption(), all || c != null && c.textChanged() && captionChanged(c));
        }
        if (p.kind() == ProvisionKind.ARTICLE) {
            List<Provision> paras = p.children(ProvisionKind.PARAGRAPH);
            if (!paras.isEmpty()) {
                // the first paragraph's line starts with the article's number, so it is never elided into the next
                paragraphOrItem(side, paras.get(0), isNew, all, depth, p.title(),
                        c != null && c.type() == ChangeType.RENUMBERED, inPlace && isNew);
                children(side, paras.subList(1, paras.size()), isNew, all, depth);
            }
            return;
        }
        if (p.kind() == ProvisionKind.SUPPL) {
            for (Provision child : p.children()) {
                if (child.kind() == ProvisionKind.ARTICLE) {
                    lines(side, child, isNew, all, depth);
                } else {
                    children(side, List.of(child), isNew, all, depth);
                }
            }
            return;
        }
        paragraphOrItem(side, p, isNew, all, depth, null, false, inPlace && isNew);
    }

    /**
     * Paragraphs or items one after another: each set out, or a run of untouched ones as one 略 line,
     * and a run only renumbered as one 略 line with its numbers underlined (「(9)～(12)　略」).
     */
    private void children(Lines side, List<Provision> siblings, boolean isNew, boolean all, int depth) {
        for (int i = 0; i < siblings.size(); i++) {
            Elision e = elides(all) ? elision(siblings.get(i), isNew) : Elision.NONE;
            if (e == Elision.NONE) {
                paragraphOrItem(side, siblings.get(i), isNew, all, depth, null, false, false);
                continue;
            }
            int last = i;
            while (last + 1 < siblings.size() && elision(siblings.get(last + 1), isNew) == e) {
                last++;
            }
            omittedLine(side.line(indent(siblings.get(i), depth)), siblings.subList(i, last + 1), e == Elision.RENUMBERED);
            i = last;
        }
    }

    /** How a provision may be elided: not at all, as untouched, or as only renumbered. */
    private enum Elision { NONE, UNTOUCHED, RENUMBERED }

    private Elision elision(Provision p, boolean isNew) {
        if (!touched(p, isNew)) {
            return Elision.UNTOUCHED;
        }
        Change c = (isNew ? byNew : byOld).get(p);
        boolean childrenUntouched = p.children().stream().noneMatch(ch -> touched(ch, isNew));
        return c != null && c.type() == ChangeType.RENUMBERED && !c.textChanged() && childrenUntouched
                ? Elision.RENUMBERED : Elision.NONE;
    }

    /** Whether unchanged text is elided here: not in a provision set out whole, nor when the table is asked for whole. */
    private boolean elides(boolean all) {
        return !whole && !all;
    }

    /** 「(1)～(7)　略」: the titles of the first and last of a run, then 略 (「２・３　略」 for two). */
    private static void omittedLine(Lines.Open line, List<Provision> run, boolean numbersChanged) {
        String first = run.get(0).title();
        String last = run.get(run.size() - 1).title();
        if (!first.isEmpty() && !last.isEmpty()) {
            line.seg(first, numbersChanged);
            if (run.size() > 1) {
                line.seg(run.size() == 2 ? "・" : "～", false);
                line.seg(last, numbersChanged);
            }
            line.seg("\u3000", false);
        }
        line.omitted();
    }

    /** Whether a provision or anything under it changed, came, went or was renumbered, on one side. */
    private boolean touched(Provision p, boolean isNew) {
        // asked again for each sibling of a run and for each level above: the provisions are read once
        Map<Provision, Boolean> known = isNew ? touchedNew : touchedOld;
        Boolean t = known.get(p);
        if (t == null) {
            Change c = (isNew ? byNew : byOld).get(p);
            t = c != null && (c.textChanged() || c.inPlace() || c.type() != ChangeType.MODIFIED)
                    || p.children().stream().anyMatch(child -> touched(child, isNew));
            known.put(p, t);
        }
        return t;
    }

    private static int indent(Provision p, int depth) {
        return p.kind() == ProvisionKind.PARAGRAPH ? depth : depth + p.kind().listDepth() + 1;
    }

    /** A paragraph, item or sub-item line (the article's title before its first paragraph), then its children. */
    private void paragraphOrItem(Lines side, Provision p, boolean isNew, boolean whole, int depth, String articleTitle,
                                 boolean articleRenumbered, boolean emptied) {
        Change c = (isNew ? byNew : byOld).get(p);
        boolean all = whole || c != null && (isNew ? c.type() == ChangeType.ADDED : c.type() == ChangeType.REMOVED);
        boolean deletedHere = emptied || c != null && c.inPlace();
        Lines.Open line = side.line(indent(p, depth));
        String title = articleTitle != null ? articleTitle : p.title();
        if (!title.isEmpty()) {
            line.seg(title, all || articleRenumbered || c != null && c.type() == ChangeType.RENUMBERED);
            line.seg("\u3000", false);
        }
        if (c != null && c.textChanged() && !all && !deletedHere) {
            segs(line, c.runs(), isNew);
        } else if (elides(all) && !deletedHere && !p.text().isEmpty()) {
            line.omitted(); // its own words did not change: only what is under it did, or its number
        } else {
            line.seg(p.text(), all || deletedHere);
        }
        children(side, p.children().stream().filter(ch -> ch.kind() == ProvisionKind.ITEM || ch.kind().isSubitem()).toList(),
                isNew, all, depth);
    }

    private static boolean captionChanged(Change c) {
        return c.oldProvision() != null && c.newProvision() != null
                && !java.util.Objects.equals(c.oldProvision().caption(), c.newProvision().caption());
    }

    /** The lines of one side, built a segment at a time. */
    private static final class Lines {
        /** A line being written: segments are added to it until the next one starts. */
        final class Open {
            private final List<ComparisonRow.Segment> segments = new ArrayList<>();

            void seg(String text, boolean underlined) {
                if (text != null && !text.isEmpty()) {
                    segments.add(new ComparisonRow.Segment(text, underlined));
                }
            }

            void omitted() {
                segments.add(new ComparisonRow.Segment("", false, true));
            }
        }

        private final List<Open> open = new ArrayList<>();
        private final List<Integer> indents = new ArrayList<>();

        Open line(int indent) {
            Open o = new Open();
            open.add(o);
            indents.add(indent);
            return o;
        }

        List<ComparisonRow.Line> done() {
            List<ComparisonRow.Line> out = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                out.add(new ComparisonRow.Line(indents.get(i), List.copyOf(open.get(i).segments)));
            }
            return List.copyOf(out);
        }
    }
}
