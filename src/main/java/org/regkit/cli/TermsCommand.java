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
import picocli.CommandLine.Option;
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
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json")
    String format;

    @Override
    public Integer call() throws Exception {
        Regulation reg = Regkit.load(file);
        var terms = Regkit.terms(reg);
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.print(RefsJson.terms(reg, terms));
        } else if ("text".equals(format)) {
            for (DefinedTerm t : terms) {
                out.println(t.term() + "\t" + Labels.of(t.provision(), reg.style()) + "\t" + (t.throughout() ? "throughout" : "there")
                        + "\t" + t.definition());
            }
        } else {
            throw new UsageException("--format must be text or json");
        }
        out.flush();
        return ExitCode.OK;
    }
}
