package org.regkit.refs;

import java.util.List;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;

/** References and defined terms as JSON (hand-written; the shapes are small and fixed). */
public final class RefsJson {
    private RefsJson() {
    }

    public static String references(Regulation reg, List<Reference> refs) {
        StringBuilder b = new StringBuilder("{\"references\":[");
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            b.append(i == 0 ? "\n  " : ",\n  ").append('{');
            field(b, "source", r.source().id().value()).append(',');
            field(b, "sourceLabel", Labels.of(r.source(), reg.style())).append(',');
            field(b, "kind", r.kind().word()).append(',');
            field(b, "text", r.text()).append(',');
            b.append("\"targets\":[");
            for (int t = 0; t < r.targets().size(); t++) {
                Provision p = r.targets().get(t);
                b.append(t == 0 ? "" : ",").append("{");
                field(b, "id", p.id().value()).append(',');
                field(b, "label", Labels.of(p, reg.style())).append('}');
            }
            b.append("],\"resolved\":").append(r.resolved());
            if (r.law() != null) {
                b.append(',');
                field(b, "law", r.law()).append(',');
                field(b, "lawNum", r.lawNum()).append(',');
                field(b, "provision", r.provision());
            }
            b.append('}');
        }
        return b.append("\n]}\n").toString();
    }

    public static String terms(Regulation reg, List<DefinedTerm> terms) {
        StringBuilder b = new StringBuilder("{\"terms\":[");
        for (int i = 0; i < terms.size(); i++) {
            DefinedTerm t = terms.get(i);
            b.append(i == 0 ? "\n  " : ",\n  ").append('{');
            field(b, "term", t.term()).append(',');
            field(b, "definition", t.definition()).append(',');
            field(b, "provision", t.provision().id().value()).append(',');
            field(b, "label", Labels.of(t.provision(), reg.style())).append(',');
            field(b, "form", t.form()).append(',');
            field(b, "scope", t.throughout() ? "regulation" : "provision").append('}');
        }
        return b.append("\n]}\n").toString();
    }

    private static StringBuilder field(StringBuilder b, String key, String value) {
        b.append('"').append(key).append("\":");
        if (value == null) {
            return b.append("null");
        }
        b.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"');
    }
}
