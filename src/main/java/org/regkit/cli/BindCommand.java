package org.regkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.regkit.register.Binding;
import org.regkit.register.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit bind --regulation R --register S}: resolve, index and check a register; print every problem. */
@Command(name = "bind", description = "Bind a register to a regulation: resolve citations, run the derived checks.")
public final class BindCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RegisterOptions inputs;

    @Override
    public Integer call() throws Exception {
        RegisterOptions.Bound bound = inputs.bind();
        Binding b = bound.binding();
        PrintWriter out = spec.commandLine().getOut();
        b.problems().forEach(p -> spec.commandLine().getErr().println(p));
        out.println(b.register().register().systems.size() + " systems, " + b.cites().size() + " citations, "
                + b.byProvision().size() + " provisions cited; " + b.findings().size() + " findings as of " + bound.asOf());
        for (Finding.Summary s : Finding.summarise(b.findings())) {
            out.println("  " + s.kind().key() + ": " + s.count());
        }
        return b.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
