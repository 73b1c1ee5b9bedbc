package org.regkit.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.regkit.io.JsonOut;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;

/**
 * The diff as JSON: {@code {"old":…, "new":…, "same":…, "title":[runs, when the title changed],
 * "changes":[{"type","old","new","oldLabel","newLabel","textChanged","inPlace","runs"}],
 * "appendices":[…], "references":[shifted references], "impact":{…}}}. Written from the diff that
 * was made once; nothing is found again.
 */
public final class DiffJson {
    private DiffJson() {
    }

    /** The JSON of a diff and, when given, its impact on a register. */
    public static String write(RegulationDiff diff, Impact impact) {
        return JsonOut.write(j -> object(j, diff, impact));
    }

    private static void object(JsonGenerator j, RegulationDiff diff, Impact impact) throws IOException {
        j.writeStartObject();
        version(j, "old", diff.oldVersion());
        version(j, "new", diff.newVersion());
        j.writeBooleanField("same", diff.same());
        if (!diff.titleRuns().isEmpty()) {
            runs(j, "title", diff.titleRuns());
        }
        j.writeArrayFieldStart("changes");
        for (Change c : diff.changes()) {
            j.writeStartObject();
            j.writeStringField("type", c.type().key());
            j.writeStringField("old", id(c.oldProvision()));
            j.writeStringField("new", id(c.newProvision()));
            j.writeStringField("oldLabel", c.oldLabel());
            j.writeStringField("newLabel", c.newLabel());
            j.writeBooleanField("textChanged", c.textChanged());
            j.writeBooleanField("inPlace", c.inPlace());
            if (!c.runs().isEmpty()) {
                runs(j, "runs", c.runs());
            }
            j.writeEndObject();
        }
        j.writeEndArray();
        if (!diff.appendices().isEmpty()) {
            j.writeArrayFieldStart("appendices");
            for (AppendixChange a : diff.appendices()) {
                j.writeStartObject();
                j.writeStringField("type", a.type().key());
                j.writeStringField("appendix", a.key());
                j.writeStringField("oldLabel", a.oldLabel());
                j.writeStringField("newLabel", a.newLabel());
                runs(j, "runs", a.runs());
                j.writeEndObject();
            }
            j.writeEndArray();
        }
        j.writeArrayFieldStart("references");
        for (ShiftedReferences.Shift sh : diff.shiftedReferences()) {
            j.writeStartObject();
            j.writeStringField("source", sh.reference().source().id().value());
            j.writeStringField("text", sh.reference().text());
            ids(j, "before", sh.expected());
            ids(j, "now", sh.actual());
            j.writeStringField("message", sh.message());
            j.writeEndObject();
        }
        j.writeEndArray();
        if (impact != null) {
            impact(j, impact);
        }
        j.writeEndObject();
    }

    private static void impact(JsonGenerator j, Impact impact) throws IOException {
        j.writeObjectFieldStart("impact");
        j.writeArrayFieldStart("citations");
        for (Impact.Entry e : impact.entries()) {
            j.writeStartObject();
            j.writeStringField("system", e.system().id);
            j.writeStringField("ref", e.cite().ref);
            j.writeStringField("role", e.cite().role);
            j.writeStringField("verdict", e.verdict().key());
            j.writeStringField("old", id(e.oldProvision()));
            j.writeStringField("new", id(e.newProvision()));
            j.writeStringField("newRef", e.newRef());
            j.writeStringField("reason", e.reason());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeArrayFieldStart("uncitedNew");
        for (Change c : impact.uncitedNew()) {
            j.writeStartObject();
            j.writeStringField("new", id(c.newProvision()));
            j.writeStringField("newLabel", c.newLabel());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
    }

    private static void runs(JsonGenerator j, String name, List<Run> runs) throws IOException {
        j.writeArrayFieldStart(name);
        for (Run r : runs) {
            j.writeStartObject();
            j.writeStringField("op", r.op().name().toLowerCase(Locale.ROOT));
            j.writeStringField("text", r.text());
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    private static void ids(JsonGenerator j, String name, List<Provision> provisions) throws IOException {
        j.writeArrayFieldStart(name);
        for (Provision p : provisions) {
            j.writeString(p.id().value());
        }
        j.writeEndArray();
    }

    private static String id(Provision p) {
        return p == null ? null : p.id().value();
    }

    private static void version(JsonGenerator j, String name, Regulation r) throws IOException {
        j.writeObjectFieldStart(name);
        j.writeStringField("file", r.source());
        j.writeStringField("title", r.title());
        j.writeStringField("lawNum", r.lawNum());
        j.writeStringField("effective", r.effectiveDate() == null ? null : r.effectiveDate().toString());
        j.writeEndObject();
    }

}
