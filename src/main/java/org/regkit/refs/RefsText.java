package org.regkit.refs;

import java.util.List;
import org.regkit.l10n.Messages;
import org.regkit.model.Labels;
import org.regkit.model.Regulation;

/** References and defined terms as tab-separated lines, one per reference or term, for people and {@code cut}. */
public final class RefsText {
    private RefsText() {
    }

    /** {@code WHERE  KIND  TEXT  → TARGET}; the target is the other law, the amending act, or the provisions it resolves to. */
    public static String references(Regulation reg, List<Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (Reference r : refs) {
            out.append(Labels.of(r.source(), reg.style())).append('\t').append(r.kind().word()).append('\t')
                    .append(r.text()).append("\t→ ").append(target(reg, r)).append('\n');
        }
        return out.toString();
    }

    private static String target(Regulation reg, Reference r) {
        if (r.law() != null) {
            return r.law() + (r.lawNum() == null ? "" : "（" + r.lawNum() + "）") + (r.provision() == null ? "" : r.provision());
        }
        if (r.kind() == ReferenceKind.AMENDING_ACT) {
            return Messages.text("refs.amending-act");
        }
        return r.targets().isEmpty() ? Messages.text("refs.unresolved")
                : String.join("、", r.targets().stream().map(p -> Labels.of(p, reg.style())).toList());
    }

    /** {@code TERM  WHERE  throughout|there  DEFINITION}. */
    public static String terms(Regulation reg, List<DefinedTerm> terms) {
        StringBuilder out = new StringBuilder();
        for (DefinedTerm t : terms) {
            out.append(t.term()).append('\t').append(Labels.of(t.provision(), reg.style())).append('\t')
                    .append(t.throughout() ? "throughout" : "there").append('\t').append(t.definition()).append('\n');
        }
        return out.toString();
    }
}
