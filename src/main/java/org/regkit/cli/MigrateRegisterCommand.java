package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.diff.Migration;
import org.regkit.l10n.Messages;
import org.regkit.model.Regulation;
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
@Command(name = "migrate-register")
public final class MigrateRegisterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "S.xml")
    Path register;
    @Option(names = "--from", required = true, paramLabel = "OLD")
    Path from;
    @Option(names = "--to", required = true, paramLabel = "NEW")
    Path to;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "S2.xml")
    Path output;

    @Override
    public Integer call() throws Exception {
        var loaded = Regkit.loadRegister(register);
        Regulation[] both = Regkit.loadBoth(from, to);
        Migration m = Regkit.migrateRegister(loaded, Regkit.diff(both[0], both[1]));
        Emit.problems(spec, m.flagged());
        Regkit.write(output, m.register(), register, from, to);
        spec.commandLine().getOut().println(Messages.text("cli.migrate.summary", m.migrated(), m.flagged().size()));
        return m.flagged().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
