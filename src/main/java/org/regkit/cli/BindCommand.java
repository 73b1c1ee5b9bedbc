package org.regkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.register.Binding;
import org.regkit.register.Finding;
import picocli.CommandLine.Command;
import org.regkit.Regkit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regkit bind --regulation R --register S [--format xlsx -o OUT.xlsx]}: resolve, index and check a
 * register; print every problem; optionally write the bound register as a workbook.
 */
@Command(name = "bind")
public final class BindCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RegisterOptions inputs;
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx")
    java.nio.file.Path output;

    enum Format { text, xlsx }

    @Override
    public Integer call() throws Exception {
        RegisterOptions.Bound bound = inputs.bind();
        Binding b = bound.binding();
        PrintWriter out = spec.commandLine().getOut();
        b.problems().forEach(p -> spec.commandLine().getErr().println(p));
        if (format == Format.xlsx) {
            if (output == null) {
                throw UsageException.needsOutput("xlsx");
            }
            Regkit.write(output, o -> Regkit.registerWorkbook(b, o), inputs.regulation, inputs.register);
        }
        out.println(Messages.text("cli.bind.summary", b.register().register().systems.size(), b.cites().size(),
                b.byProvision().size(), b.findings().size(), JapaneseDates.forReader(bound.asOf())));
        for (Finding.Summary s : Finding.summarise(b.findings())) {
            out.println("  " + Messages.text("cli.bind.kind-count", Messages.named("kind-", s.kind().key()), s.count()));
        }
        return b.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
