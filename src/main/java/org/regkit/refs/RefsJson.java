package org.regkit.refs;

import java.util.List;
import org.regkit.io.JsonOut;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;

/** References and defined terms as JSON: {@code {"references":[…]}} and {@code {"terms":[…]}}. */
public final class RefsJson {
    private RefsJson() {
    }

    public static String references(Regulation reg, List<Reference> refs) {
        return JsonOut.write(j -> {
            j.writeStartObject();
            j.writeArrayFieldStart("references");
            for (Reference r : refs) {
                j.writeStartObject();
                j.writeStringField("source", r.source().id().value());
                j.writeStringField("sourceLabel", Labels.of(r.source(), reg.style()));
                j.writeStringField("kind", r.kind().word());
                j.writeStringField("text", r.text());
                j.writeArrayFieldStart("targets");
                for (Provision p : r.targets()) {
                    j.writeStartObject();
                    j.writeStringField("id", p.id().value());
                    j.writeStringField("label", Labels.of(p, reg.style()));
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeBooleanField("resolved", r.resolved());
                if (r.law() != null) {
                    j.writeStringField("law", r.law());
                    j.writeStringField("lawNum", r.lawNum());
                    j.writeStringField("provision", r.provision());
                }
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        });
    }

    public static String terms(Regulation reg, List<DefinedTerm> terms) {
        return JsonOut.write(j -> {
            j.writeStartObject();
            j.writeArrayFieldStart("terms");
            for (DefinedTerm t : terms) {
                j.writeStartObject();
                j.writeStringField("term", t.term());
                j.writeStringField("definition", t.definition());
                j.writeStringField("provision", t.provision().id().value());
                j.writeStringField("label", Labels.of(t.provision(), reg.style()));
                j.writeStringField("form", t.form());
                j.writeStringField("scope", t.throughout() ? "regulation" : "provision");
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        });
    }
}
