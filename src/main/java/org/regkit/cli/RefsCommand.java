package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.model.Labels;
import org.regkit.model.Regulation;
import org.regkit.refs.Reference;
import org.regkit.refs.RefsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit refs FILE [--format text|json]}: the references in the text, with their targets; exit 1 if one resolves nowhere. */
@Command(name = "refs", description = "List the references in a regulation's text (absolute, relative, external).")
public final class RefsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "regulation XML")
    Path file;
    @picocli.CommandLine.Mixin
    ListingFormat format;

    @Override
    public Integer call() throws Exception {
        Regulation reg = Regkit.load(file);
        List<Reference> refs = Regkit.references(reg);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.print(RefsJson.references(reg, refs));
        } else {
            for (Reference r : refs) {
                String target = r.law() != null ? r.law() + (r.lawNum() == null ? "" : "（" + r.lawNum() + "）")
                        + (r.provision() == null ? "" : r.provision())
                        : r.kind() == org.regkit.refs.ReferenceKind.AMENDING_ACT ? "(the amending act's)"
                        : r.targets().isEmpty() ? "(unresolved)"
                        : String.join("、", r.targets().stream().map(p -> Labels.of(p, reg.style())).toList());
                out.println(Labels.of(r.source(), reg.style()) + "\t" + r.kind().word() + "\t" + r.text() + "\t→ " + target);
            }
        }
        out.flush();
        return refs.stream().noneMatch(Reference::dangling) ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
