package org.regkit.diff;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.regkit.xml.OutputDocument;

/**
 * The diff as XML — the change list (as in the JSON), then the input of the 新旧対照表 stylesheets: one
 * row per changed article (改正後 | 改正前),
 * each side as lines of segments, the changed ones marked for underlining (傍線); unchanged runs of
 * articles as one 略 row; then the impact on a register, when there is one.
 */
public final class ComparisonXml {
    public static final String NS = "urn:regkit:diff";

    private final RegulationDiff diff;
    private final OutputDocument out;
    private final Map<Provision, Change> byNew = new IdentityHashMap<>();
    private final Map<Provision, Change> byOld = new IdentityHashMap<>();
    /** Groupings whose title row is already in the table. */
    private final java.util.Set<Provision> shownGroupings = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private ComparisonXml(RegulationDiff diff, OutputDocument out) {
        this.out = out;
        this.diff = diff;
        for (Change c : diff.changes()) {
            if (c.newProvision() != null) {
                byNew.put(c.newProvision(), c);
            }
            if (c.oldProvision() != null) {
                byOld.put(c.oldProvision(), c);
            }
        }
    }

    public static Document build(RegulationDiff diff, Impact impact) {
        OutputDocument out = new OutputDocument(NS, "x");
        new ComparisonXml(diff, out).fill(impact);
        return out.document();
    }

    private void fill(Impact impact) {
        Regulation n = diff.newVersion();
        Element root = out.root("comparison");
        root.setAttribute("title", n.title());
        root.setAttribute("lawNum", n.lawNum());
        root.setAttribute("oldFile", diff.oldVersion().source());
        root.setAttribute("newFile", n.source());
        date(root, "oldEffective", diff.oldVersion());
        date(root, "newEffective", n);
        List<Provision> suppls = n.suppls();
        if (!suppls.isEmpty()) {
            String amend = suppls.get(suppls.size() - 1).element().getAttribute("AmendLawNum");
            if (!amend.isEmpty()) {
                root.setAttribute("amendment", amend);
            }
        }
        root.setAttribute("changes", Integer.toString(diff.changes().size()));
        Element changes = add(root, "changes");
        for (Change c : diff.changes()) {
            Element e = add(changes, "change");
            e.setAttribute("type", c.type().key());
            if (c.oldProvision() != null) {
                e.setAttribute("old", c.oldProvision().id().value());
                e.setAttribute("oldLabel", c.oldLabel());
            }
            if (c.newProvision() != null) {
                e.setAttribute("new", c.newProvision().id().value());
                e.setAttribute("newLabel", c.newLabel());
            }
            e.setAttribute("textChanged", Boolean.toString(c.textChanged()));
            e.setAttribute("inPlace", Boolean.toString(c.inPlace()));
            for (Run r : c.runs()) {
                Element run = add(e, r.op().name().toLowerCase(java.util.Locale.ROOT));
                run.setTextContent(r.text());
            }
        }
        if (!diff.titleRuns().isEmpty()) {
            Element row = add(root, "row");
            row.setAttribute("kind", "changed");
            runsLine(add(row, "new"), diff.titleRuns(), true);
            runsLine(add(row, "old"), diff.titleRuns(), false);
        }
        rows(root, diff.oldVersion().mainArticles(), n.mainArticles());
        rows(root, diff.oldVersion().suppls(), n.suppls());
        for (AppendixChange a : diff.appendices()) {
            Element row = add(root, "row");
            row.setAttribute("kind", a.type() == ChangeType.ADDED ? "added" : a.type() == ChangeType.REMOVED ? "removed" : "changed");
            appendixSide(add(row, "new"), a, true);
            appendixSide(add(row, "old"), a, false);
        }
        if (impact != null) {
            impact(root, impact);
        }
    }

    private static void date(Element e, String name, Regulation r) {
        if (r.effectiveDate() != null) {
            e.setAttribute(name, r.effectiveDate().toString());
        }
    }

    /** Rows for two lists of top-level provisions, in the new order, removed ones where they stood. */
    private void rows(Element root, List<Provision> olds, List<Provision> news) {
        Map<Provision, Provision> n2o = new IdentityHashMap<>();
        for (Provision o : olds) {
            Provision s = diff.successor(o);
            if (s != null) {
                n2o.put(s, o);
            }
        }
        boolean omitted = false;
        int i = 0;
        for (Provision n : news) {
            Provision o = n2o.get(n);
            if (o != null) {
                for (int at = olds.indexOf(o); i < at; i++) {
                    if (diff.successor(olds.get(i)) == null) {
                        row(root, null, olds.get(i));
                        omitted = false;
                    }
                }
                i = Math.max(i, olds.indexOf(o) + 1);
            }
            if (groupingRows(root, n)) {
                omitted = false;
            }
            if (o != null && !changedWithin(o, n)) {
                if (!omitted) {
                    add(root, "row").setAttribute("kind", "omitted");
                    omitted = true;
                }
                continue;
            }
            row(root, n, o);
            omitted = false;
        }
        for (; i < olds.size(); i++) {
            if (diff.successor(olds.get(i)) == null) {
                row(root, null, olds.get(i));
            }
        }
    }

    /**
     * Before the first article of a chapter (or part, section …) whose title changed or that is new:
     * a row with the title, changed words underlined. True when a row was added.
     */
    private boolean groupingRows(Element root, Provision article) {
        List<Provision> groupings = new java.util.ArrayList<>();
        for (Provision g = article.parent(); g != null && g.kind().isGrouping(); g = g.parent()) {
            groupings.add(0, g);
        }
        boolean added = false;
        for (Provision g : groupings) {
            Change c = byNew.get(g);
            if (c == null || !shownGroupings.add(g)) {
                continue;
            }
            Element row = add(root, "row");
            row.setAttribute("kind", c.oldProvision() == null ? "added" : "changed");
            row.setAttribute("new", g.id().value());
            titleLine(add(row, "new"), c, true);
            if (c.oldProvision() == null) {
                add(add(row, "old"), "placeholder").setAttribute("key", "added");
            } else {
                row.setAttribute("old", c.oldProvision().id().value());
                titleLine(add(row, "old"), c, false);
            }
            added = true;
        }
        return added;
    }

    /** A grouping's title on one side: the words only this side has underlined. */
    private void titleLine(Element side, Change c, boolean isNew) {
        if (c.runs().isEmpty()) {
            seg(line(side, 0), (isNew ? c.newProvision() : c.oldProvision()).title(), true);
        } else {
            runsLine(side, c.runs(), isNew);
        }
    }

    /** An appendix on one side, a line per line of its text, this side's own words underlined; or the placeholder. */
    private void appendixSide(Element side, AppendixChange a, boolean isNew) {
        if (isNew ? a.type() == ChangeType.REMOVED : a.type() == ChangeType.ADDED) {
            add(side, "placeholder").setAttribute("key", isNew ? "removed" : "added");
            return;
        }
        Element line = line(side, 0);
        for (Run r : a.runs()) {
            if (r.op() != Run.Op.EQUAL && (r.op() == Run.Op.INSERT) != isNew) {
                continue;
            }
            String[] parts = r.text().split("\n", -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    line = line(side, 0);
                }
                seg(line, parts[k], r.op() != Run.Op.EQUAL);
            }
        }
    }

    /** One line of changed text on one side. */
    private void runsLine(Element side, List<Run> runs, boolean isNew) {
        segs(line(side, 0), runs, isNew);
    }

    /** Changed text on one side of a line: equal runs plain, this side's own runs underlined, the other side's left out. */
    private void segs(Element line, List<Run> runs, boolean isNew) {
        for (Run r : runs) {
            if (r.op() == Run.Op.EQUAL) {
                seg(line, r.text(), false);
            } else if ((r.op() == Run.Op.INSERT) == isNew) {
                seg(line, r.text(), true);
            }
        }
    }

    private boolean changedWithin(Provision o, Provision n) {
        return !diff.sameContent(o, n) || !o.num().equals(n.num()) || n.deleted() != o.deleted();
    }

    private void row(Element root, Provision n, Provision o) {
        Element row = add(root, "row");
        row.setAttribute("kind", n == null ? "removed" : o == null ? "added" : "changed");
        if (n != null) {
            row.setAttribute("new", n.id().value());
        }
        if (o != null) {
            row.setAttribute("old", o.id().value());
        }
        Element newSide = add(row, "new");
        Element oldSide = add(row, "old");
        if (n == null) {
            add(newSide, "placeholder").setAttribute("key", "removed");
        } else {
            lines(newSide, n, true, o == null, 0);
        }
        if (o == null) {
            add(oldSide, "placeholder").setAttribute("key", "added");
        } else {
            lines(oldSide, o, false, n == null, 0);
        }
    }

    /** The lines of a provision and everything under it, with the changed parts marked. */
    private void lines(Element side, Provision p, boolean isNew, boolean whole, int depth) {
        Change c = (isNew ? byNew : byOld).get(p);
        boolean inPlace = c != null && c.inPlace();
        // a provision emptied to 削除: all of the old text is the change, and 削除 on the new side
        boolean all = whole || c != null && (isNew ? c.type() == ChangeType.ADDED : c.type() == ChangeType.REMOVED);
        if (p.kind() == ProvisionKind.SUPPL) {
            Element line = line(side, 0);
            seg(line, p.title() + (p.element().getAttribute("AmendLawNum").isEmpty() ? ""
                    : "（" + p.element().getAttribute("AmendLawNum") + "）"), all);
        }
        if (p.caption() != null) {
            seg(line(side, depth), p.caption(), all || c != null && c.textChanged() && captionChanged(c));
        }
        if (p.kind() == ProvisionKind.ARTICLE) {
            List<Provision> paras = p.children(ProvisionKind.PARAGRAPH);
            for (int k = 0; k < paras.size(); k++) {
                Provision para = paras.get(k);
                paragraphOrItem(side, para, isNew, all, depth, k == 0 ? p.title() : null,
                        k == 0 && c != null && c.type() == ChangeType.RENUMBERED, inPlace && isNew);
            }
            return;
        }
        if (p.kind() == ProvisionKind.SUPPL) {
            for (Provision child : p.children()) {
                if (child.kind() == ProvisionKind.ARTICLE) {
                    lines(side, child, isNew, all, depth);
                } else {
                    paragraphOrItem(side, child, isNew, all, depth, null, false, false);
                }
            }
            return;
        }
        paragraphOrItem(side, p, isNew, all, depth, null, false, inPlace && isNew);
    }

    /** A paragraph, item or sub-item line (the article's title before its first paragraph), then its children. */
    private void paragraphOrItem(Element side, Provision p, boolean isNew, boolean whole, int depth, String articleTitle,
                                 boolean articleRenumbered, boolean emptied) {
        Change c = (isNew ? byNew : byOld).get(p);
        boolean all = whole || c != null && (isNew ? c.type() == ChangeType.ADDED : c.type() == ChangeType.REMOVED);
        boolean deletedHere = emptied || c != null && c.inPlace();
        Element line = line(side, p.kind() == ProvisionKind.PARAGRAPH ? depth : depth + p.kind().listDepth() + 1);
        String title = articleTitle != null ? articleTitle : p.title();
        if (!title.isEmpty()) {
            seg(line, title, all || articleRenumbered || c != null && c.type() == ChangeType.RENUMBERED);
            seg(line, "\u3000", false);
        }
        if (c != null && c.textChanged() && !all && !deletedHere) {
            segs(line, c.runs(), isNew);
        } else {
            seg(line, p.text(), all || deletedHere);
        }
        for (Provision child : p.children()) {
            if (child.kind() == ProvisionKind.ITEM || child.kind().isSubitem()) {
                paragraphOrItem(side, child, isNew, all, depth, null, false, false);
            }
        }
    }

    private static boolean captionChanged(Change c) {
        return c.oldProvision() != null && c.newProvision() != null
                && !java.util.Objects.equals(c.oldProvision().caption(), c.newProvision().caption());
    }

    private void impact(Element root, Impact impact) {
        Element e = add(root, "impact");
        for (Impact.Entry entry : impact.entries()) {
            Element c = add(e, "citation");
            c.setAttribute("system", entry.system().id);
            c.setAttribute("name", entry.system().name);
            c.setAttribute("ref", entry.cite().ref);
            if (entry.cite().role != null) {
                c.setAttribute("role", entry.cite().role);
            }
            c.setAttribute("verdict", entry.verdict().key());
            if (entry.newRef() != null) {
                c.setAttribute("newRef", entry.newRef());
            }
            if (entry.newProvision() != null) {
                c.setAttribute("new", entry.newProvision().id().value());
            }
            c.setTextContent(entry.reason());
        }
        for (Change ch : impact.uncitedNew()) {
            Element u = add(e, "uncited");
            u.setAttribute("new", ch.newProvision().id().value());
            u.setAttribute("label", ch.newLabel());
        }
    }

    private Element line(Element side, int indent) {
        Element l = add(side, "line");
        l.setAttribute("indent", Integer.toString(indent));
        return l;
    }

    private void seg(Element line, String text, boolean underlined) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Element s = add(line, "seg");
        if (underlined) {
            s.setAttribute("u", "true");
        }
        s.setTextContent(text);
    }

    private Element add(Element parent, String name) {
        return out.add(parent, name);
    }
}
