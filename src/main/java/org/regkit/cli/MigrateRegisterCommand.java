package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.diff.Impact;
import org.regkit.diff.Verdict;
import org.regkit.io.AtomicOutput;
import org.regkit.register.LoadedRegister;
import org.regkit.register.RegisterWriter;
import org.regkit.io.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regkit migrate-register S --from OLD --to NEW -o S2.xml}: rewrites the citations that a
 * pure renumbering moved, and reports every citation that needs a person (review, orphaned,
 * unresolved) as a warning at its line; exit 1 while any remain.
 */
@Command(name = "migrate-register", description = "Move a register to a new version: rewrite renumbered citations, flag the rest.")
public final class MigrateRegisterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "S.xml", description = "the register, citing OLD")
    Path register;
    @Option(names = "--from", required = true, paramLabel = "OLD", description = "the version the register cites")
    Path from;
    @Option(names = "--to", required = true, paramLabel = "NEW", description = "the version to move to")
    Path to;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "S2.xml", description = "the migrated register")
    Path output;

    @Override
    public Integer call() throws Exception {
        LoadedRegister loaded = Regkit.loadRegister(register);
        var both = Regkit.loadBoth(from, to);
        var newVersion = both[1];
        Impact impact = Regkit.impact(Regkit.diff(both[0], newVersion), loaded);
        int migrated = 0;
        int flagged = 0;
        for (Impact.Entry e : impact.entries()) {
            if (e.verdict() == Verdict.MIGRATED) {
                e.cite().ref = e.newRef();
                migrated++;
            } else if (e.verdict() != Verdict.UNCHANGED) {
                flagged++;
                spec.commandLine().getErr().println(loaded.problem(e.cite(), Severity.WARNING, "system " + e.system().id
                        + ": " + e.cite().ref + " is " + e.verdict().key() + " (" + e.reason() + ")"
                        + (e.newRef() == null ? "" : "; in the new version: " + e.newRef())));
            }
        }
        if (newVersion.effectiveDate() != null) {
            loaded.register().version = newVersion.effectiveDate().toString();
        }
        AtomicOutput.write(output, RegisterWriter.write(loaded.register()), register, from, to);
        spec.commandLine().getOut().println(migrated + " citations migrated, " + flagged + " flagged for review");
        return flagged == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
