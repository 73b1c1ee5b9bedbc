package org.regkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.xml.InputException;
import org.regkit.xml.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit validate FILE...}: schema and semantic checks, every problem reported. */
@Command(name = "validate", description = "Check regulation XML against the schema and the numbering rules.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "regulation XML files")
    List<Path> files;
    @picocli.CommandLine.Option(names = "--strict", description = "warnings count as findings: exit 1 unless the file is also "
            + "valid against the schema's element order (as e-Gov law XML must be)")
    boolean strict;

    @Override
    public Integer call() {
        int worst = ExitCode.OK;
        for (Path f : files) {
            try {
                Regkit.Checked c = Regkit.check(f);
                c.problems().forEach(p -> spec.commandLine().getErr().println(p));
                if (!c.valid() || strict && !c.problems().isEmpty()) {
                    worst = Math.max(worst, ExitCode.FINDINGS);
                } else {
                    spec.commandLine().getOut().println(f + ": valid (" + c.regulation().all().size() + " provisions)");
                }
            } catch (InputException e) {
                for (Problem p : e.problems()) {
                    spec.commandLine().getErr().println(p);
                }
                worst = Math.max(worst, e.isUnreadable() ? ExitCode.IO : ExitCode.FINDINGS);
            }
        }
        return worst;
    }
}
