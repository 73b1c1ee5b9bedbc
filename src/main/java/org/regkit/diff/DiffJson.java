package org.regkit.diff;

import org.regkit.model.Regulation;

/**
 * The diff as JSON: {@code {"old":…, "new":…, "same":…, "title":[runs, when the title changed], "appendices":[…], "changes":[{"type","old","new","oldLabel",
 * "newLabel","textChanged","inPlace","runs"}], "references":[shifted references], "impact":{…}}}.
 */
public final class DiffJson {
    private DiffJson() {
    }

    public static String write(RegulationDiff diff, Impact impact) {
        return write(diff, impact, ShiftedReferences.find(diff));
    }

    private static void runs(Json j, java.util.List<Run> runs) {
        j.open('[');
        for (Run r : runs) {
            j.open('{').field("op", r.op().name().toLowerCase(java.util.Locale.ROOT)).field("text", r.text()).close('}');
        }
        j.close(']');
    }

    /** As {@link #write(RegulationDiff, Impact)}, with the shifted references already found. */
    public static String write(RegulationDiff diff, Impact impact, java.util.List<ShiftedReferences.Shift> shifts) {
        Json j = new Json().open('{');
        version(j.key("old"), diff.oldVersion());
        version(j.key("new"), diff.newVersion());
        j.field("same", diff.same());
        if (!diff.titleRuns().isEmpty()) {
            runs(j.key("title"), diff.titleRuns());
        }
        j.key("changes").open('[');
        for (Change c : diff.changes()) {
            j.open('{').field("type", c.type().key())
                    .field("old", c.oldProvision() == null ? null : c.oldProvision().id().value())
                    .field("new", c.newProvision() == null ? null : c.newProvision().id().value())
                    .field("oldLabel", c.oldLabel()).field("newLabel", c.newLabel())
                    .field("textChanged", c.textChanged()).field("inPlace", c.inPlace());
            if (!c.runs().isEmpty()) {
                runs(j.key("runs"), c.runs());
            }
            j.close('}');
        }
        j.close(']');
        if (!diff.appendices().isEmpty()) {
            j.key("appendices").open('[');
            for (AppendixChange a : diff.appendices()) {
                j.open('{').field("type", a.type().key()).field("appendix", a.key())
                        .field("oldLabel", a.oldLabel()).field("newLabel", a.newLabel());
                runs(j.key("runs"), a.runs());
                j.close('}');
            }
            j.close(']');
        }
        j.key("references").open('[');
        for (ShiftedReferences.Shift sh : shifts) {
            j.open('{').field("source", sh.reference().source().id().value()).field("text", sh.reference().text());
            j.key("before").open('[');
            sh.expected().forEach(p -> j.value(p.id().value()));
            j.close(']').key("now").open('[');
            sh.actual().forEach(p -> j.value(p.id().value()));
            j.close(']').field("message", sh.message()).close('}');
        }
        j.close(']');
        if (impact != null) {
            j.key("impact").open('{').key("citations").open('[');
            for (Impact.Entry e : impact.entries()) {
                j.open('{').field("system", e.system().id).field("ref", e.cite().ref).field("role", e.cite().role)
                        .field("verdict", e.verdict().key())
                        .field("old", e.oldProvision() == null ? null : e.oldProvision().id().value())
                        .field("new", e.newProvision() == null ? null : e.newProvision().id().value())
                        .field("newRef", e.newRef()).field("reason", e.reason()).close('}');
            }
            j.close(']').key("uncitedNew").open('[');
            for (Change c : impact.uncitedNew()) {
                j.open('{').field("new", c.newProvision().id().value()).field("newLabel", c.newLabel()).close('}');
            }
            j.close(']').close('}');
        }
        return j.close('}').toString();
    }

    private static void version(Json j, Regulation r) {
        j.open('{').field("file", r.source()).field("title", r.title()).field("lawNum", r.lawNum())
                .field("effective", r.effectiveDate() == null ? null : r.effectiveDate().toString()).close('}');
    }
}
