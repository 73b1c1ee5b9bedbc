package org.regkit.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;

/**
 * The structural difference of two versions of a regulation, made in one pass: the changes, the title
 * and appendices that changed, and the rows of the 新旧対照表, from which every output (JSON, XML, HTML,
 * PDF) is written without walking the documents again. Immutable once made.
 */
public final class RegulationDiff {
    private final Regulation oldVersion;
    private final Regulation newVersion;
    private final List<Change> changes;
    private final Aligner aligner;
    private final List<Run> titleRuns;
    private final List<AppendixChange> appendices;

    private final List<ComparisonRow> rows;
    /** The rows with nothing elided, made when asked for. */
    private List<ComparisonRow> wholeRows;
    /** Found on first use: the JSON and the warnings of one run ask for them, the rendered table does not. */
    private List<ShiftedReferences.Shift> shifts;

    /** One pass: the provisions aligned, the changes collected, the 新旧対照表 laid out. */
    private RegulationDiff(Regulation oldVersion, Regulation newVersion, Aligner aligner) {
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.aligner = aligner;
        List<Change> found = new ArrayList<>();
        collect(oldVersion.mainArticles(), newVersion.mainArticles(), found);
        collect(oldVersion.mainParagraphs(), newVersion.mainParagraphs(), found);
        collect(oldVersion.suppls(), newVersion.suppls(), found);
        groupings(found);
        this.changes = List.copyOf(found);
        // 題名を改める: the title is no provision, but an amendment changes it as one
        this.titleRuns = oldVersion.title().equals(newVersion.title()) ? List.of()
                : CharDiff.diff(oldVersion.title(), newVersion.title());
        this.appendices = AppendixChange.between(oldVersion, newVersion);
        this.rows = ComparisonRows.of(this, false);
    }

    /** Compares two versions. */
    public static RegulationDiff of(Regulation oldVersion, Regulation newVersion) {
        return new RegulationDiff(oldVersion, newVersion, Aligner.of(oldVersion, newVersion));
    }

    /**
     * The rows of the 新旧対照表, in the order it prints them, as offices set it: unchanged paragraphs
     * and items inside a changed article as 略 (「(1)～(7)　略」).
     */
    public List<ComparisonRow> rows() {
        return rows;
    }

    /** The rows of the 新旧対照表 as {@link #rows()}, or ({@code whole}) with every changed article set out in full. */
    public synchronized List<ComparisonRow> rows(boolean whole) {
        if (!whole) {
            return rows;
        }
        if (wholeRows == null) {
            wholeRows = ComparisonRows.of(this, true);
        }
        return wholeRows;
    }

    /** References whose targets the amendment moved or removed (found once, on first use). */
    public synchronized List<ShiftedReferences.Shift> shiftedReferences() {
        if (shifts == null) {
            shifts = ShiftedReferences.find(this);
        }
        return shifts;
    }

    /**
     * Changed, added and removed 編 章 節 款 目: a grouping's own text is its title. Each change goes
     * before the first change that comes after the grouping in the new version (those inside it
     * first), so the list keeps the new version's order; removed groupings go last.
     */
    private void groupings(List<Change> changes) {
        List<Provision> newOrder = newVersion.all();
        Map<Provision, Integer> position = null; // made when the first grouping change needs a place
        for (Provision n : newOrder) {
            if (!n.kind().isGrouping()) {
                continue;
            }
            Provision o = aligner.newToOld().get(n);
            Change c = o == null ? change(ChangeType.ADDED, null, n, false, false)
                    : o.title().equals(n.title()) ? null
                    : change(o.num().equals(n.num()) ? ChangeType.MODIFIED : ChangeType.RENUMBERED, o, n, true, false);
            if (c == null) {
                continue;
            }
            if (position == null) {
                position = new java.util.IdentityHashMap<>();
                for (int i = 0; i < newOrder.size(); i++) {
                    position.put(newOrder.get(i), i);
                }
            }
            int at = changes.size();
            for (int k = 0; k < changes.size(); k++) {
                Provision p = changes.get(k).newProvision();
                if (p != null && position.get(p) > position.get(n)) { // what lies inside n comes after it too
                    at = k;
                    break;
                }
            }
            changes.add(at, c);
        }
        for (Provision o : oldVersion.all()) {
            if (o.kind().isGrouping() && !aligner.oldToNew().containsKey(o)) {
                changes.add(change(ChangeType.REMOVED, o, null, false, false));
            }
        }
    }

    public Regulation oldVersion() {
        return oldVersion;
    }

    public Regulation newVersion() {
        return newVersion;
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean same() {
        return changes.isEmpty() && titleRuns.isEmpty() && appendices.isEmpty();
    }

    /** The appendices (別表, 様式 …) that changed, came or went. */
    public List<AppendixChange> appendices() {
        return appendices;
    }

    /** How the title changed (equal, delete, insert runs), or empty when it did not. */
    public List<Run> titleRuns() {
        return titleRuns;
    }

    /** The provision of the new version an old one became, or null when it was removed. */
    public Provision successor(Provision old) {
        return aligner.oldToNew().get(old);
    }

    /** True when a provision and everything under it reads the same in both versions. */
    public boolean sameContent(Provision old, Provision neu) {
        return aligner.key(old).equals(aligner.key(neu)) && sameTitles(old, neu);
    }

    private static boolean sameTitles(Provision a, Provision b) {
        if (a.children().size() != b.children().size()) {
            return false;
        }
        for (int i = 0; i < a.children().size(); i++) {
            if (!a.children().get(i).title().equals(b.children().get(i).title())) {
                return false;
            }
        }
        return true;
    }

    /** Changes among two lists of siblings, in the order of the new version (removed ones where they stood). */
    private void collect(List<Provision> olds, List<Provision> news, List<Change> out) {
        Map<Provision, Provision> o2n = aligner.oldToNew();
        Map<Provision, Provision> n2o = aligner.newToOld();
        Map<Provision, Integer> place = Provision.positions(olds);
        int i = 0;
        for (Provision n : news) {
            Provision o = n2o.get(n);
            if (o != null) {
                int at = place.getOrDefault(o, -1);
                for (; i < at; i++) {
                    if (!o2n.containsKey(olds.get(i))) {
                        out.add(change(ChangeType.REMOVED, olds.get(i), null, false, false));
                    }
                }
                i = Math.max(i, at + 1);
                pair(o, n, out);
            } else {
                out.add(change(ChangeType.ADDED, null, n, false, false));
            }
        }
        for (; i < olds.size(); i++) {
            if (!o2n.containsKey(olds.get(i))) {
                out.add(change(ChangeType.REMOVED, olds.get(i), null, false, false));
            }
        }
    }

    private void pair(Provision o, Provision n, List<Change> out) {
        if (n.deleted() && !o.deleted()) {
            out.add(change(ChangeType.REMOVED, o, n, true, true));
            return;
        }
        boolean ownText = !o.text().equals(n.text()) || !java.util.Objects.equals(o.caption(), n.caption());
        // a 附則's number is only its place among the others: it is never renumbered
        boolean renumbered = o.kind() != ProvisionKind.SUPPL && !o.num().equals(n.num());
        if (renumbered) {
            out.add(change(ChangeType.RENUMBERED, o, n, ownText, false));
        } else if (ownText) {
            out.add(change(ChangeType.MODIFIED, o, n, true, false));
        }
        if (!aligner.key(o).equals(aligner.key(n)) || !sameTitles(o, n)) {
            for (ProvisionKind kind : Provision.childKinds(o, n)) {
                if (!kind.isGrouping()) {
                    collect(o.children(kind), n.children(kind), out);
                }
            }
        }
    }

    private Change change(ChangeType type, Provision o, Provision n, boolean textChanged, boolean inPlace) {
        List<Run> runs = textChanged ? CharDiff.diff(ownText(o), ownText(n)) : List.of();
        return new Change(type, o, n, o == null ? null : Labels.of(o, oldVersion.style()),
                n == null ? null : Labels.of(n, newVersion.style()), textChanged, inPlace, runs);
    }

    private static String ownText(Provision p) {
        if (p.kind().isGrouping()) {
            return p.title(); // 第２章　管理体制: the title is what an amendment changes
        }
        return (p.caption() == null ? "" : p.caption()) + p.text();
    }
}
