package org.regkit.diff;

import java.util.List;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.regkit.xml.OutputDocument;

/**
 * The diff as XML — the change list (as in the JSON), then the input of the 新旧対照表 stylesheets: the
 * diff's rows (改正後 | 改正前), each side as lines of segments, the changed ones marked for underlining
 * (傍線), unchanged runs of articles as one 略 row; then the impact on a register, when there is one.
 * It writes what the diff made; it walks no document.
 */
public final class ComparisonXml {
    public static final String NS = "urn:regkit:diff";

    private final RegulationDiff diff;
    private final OutputDocument out;

    private ComparisonXml(RegulationDiff diff, OutputDocument out) {
        this.out = out;
        this.diff = diff;
    }

    public static Document build(RegulationDiff diff, Impact impact) {
        return build(diff, impact, false);
    }

    /** The same, with the 新旧対照表's changed articles set out {@code whole} (nothing elided as 略). */
    public static Document build(RegulationDiff diff, Impact impact, boolean whole) {
        OutputDocument out = new OutputDocument(NS, "x");
        new ComparisonXml(diff, out).fill(impact, whole);
        return out.document();
    }

    private void fill(Impact impact, boolean whole) {
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
        for (ComparisonRow r : diff.rows(whole)) {
            row(root, r);
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

    private void impact(Element root, Impact impact) {
        Element e = add(root, "impact");
        for (Impact.Entry entry : impact.entries()) {
            Element c = add(e, "citation");
            c.setAttribute("system", entry.system().id);
            c.setAttribute("name", entry.system().name);
            c.setAttribute("ref", entry.cite().ref);
            // a document shows provisions as the regulation writes them, also where the register cites an identifier
            c.setAttribute("refLabel", entry.oldProvision() == null ? entry.cite().ref
                    : org.regkit.model.Labels.of(entry.oldProvision(), diff.oldVersion().style()));
            if (entry.newProvision() != null) {
                c.setAttribute("newLabel", org.regkit.model.Labels.of(entry.newProvision(), diff.newVersion().style()));
            }
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

    /** A row of the 新旧対照表 as the comparison stylesheets read it. */
    private void row(Element root, ComparisonRow r) {
        Element row = add(root, "row");
        row.setAttribute("kind", r.kind().key());
        if (r.kind() == ComparisonRow.Kind.OMITTED) {
            return;
        }
        if (r.newId() != null) {
            row.setAttribute("new", r.newId());
        }
        if (r.oldId() != null) {
            row.setAttribute("old", r.oldId());
        }
        side(add(row, "new"), r.newSide(), r.newPlaceholder());
        side(add(row, "old"), r.oldSide(), r.oldPlaceholder());
    }

    private void side(Element side, List<ComparisonRow.Line> lines, String placeholder) {
        if (placeholder != null) {
            add(side, "placeholder").setAttribute("key", placeholder);
            return;
        }
        for (ComparisonRow.Line line : lines) {
            Element l = add(side, "line");
            l.setAttribute("indent", Integer.toString(line.indent()));
            for (ComparisonRow.Segment seg : line.segments()) {
                Element e = add(l, "seg");
                if (seg.underlined()) {
                    e.setAttribute("u", "true");
                }
                if (seg.omitted()) {
                    e.setAttribute("omitted", "true");
                }
                e.setTextContent(seg.text());
            }
        }
    }

    private Element add(Element parent, String name) {
        return out.add(parent, name);
    }
}
