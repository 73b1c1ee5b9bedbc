package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.model.Labels;
import org.regkit.model.Regulation;
import org.regkit.refs.DefinedTerm;
import org.regkit.refs.RefsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit terms FILE [--format text|json]}: the terms the regulation defines, where and with what scope. */
@Command(name = "terms", description = "List the terms a regulation defines.")
public final class TermsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "regulation XML")
    Path file;
    @picocli.CommandLine.Mixin
    ListingFormat format;

    @Override
    public Integer call() throws Exception {
        Regulation reg = Regkit.load(file);
        var terms = Regkit.terms(reg);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.print(RefsJson.terms(reg, terms));
        } else {
            for (DefinedTerm t : terms) {
                out.println(t.term() + "\t" + Labels.of(t.provision(), reg.style()) + "\t" + (t.throughout() ? "throughout" : "there")
                        + "\t" + t.definition());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
