package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.CheckTally;
import org.regkit.Regkit;
import org.regkit.l10n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit validate PATH...}: schema and semantic checks of files and folders, in parallel, every problem reported. */
@Command(name = "validate")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;
    @Option(names = "--strict")
    boolean strict;
    @Option(names = "--errors-only")
    boolean errorsOnly;
    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    Integer jobs;
    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Regkit.Selection selection = Regkit.regulationFiles(paths);
        List<Path> files = selection.files();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        selection.skipped().forEach(f -> err.println("regkit: note: " + Messages.text("cli.validate.not-a-regulation", f)));
        if (files.isEmpty()) {
            throw new UsageException(Messages.text("cli.validate.no-files", paths));
        }
        CheckTally tally = new CheckTally();
        try (Progress p = Progress.start(() -> Messages.text("cli.progress.checked", tally.files(), files.size()),
                err, quiet || files.size() == 1, Progress.THRESHOLD_MS)) {
            Regkit.checkAll(files, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), r -> {
                r.problems().stream().filter(problem -> problem.isError() || !errorsOnly).forEach(err::println);
                if (!r.hasErrors()) {
                    out.println(r.warnings() > 0 ? Messages.text("cli.validate.valid-with-warnings", r.file(), r.provisions(), r.warnings())
                            : Messages.text("cli.validate.valid", r.file(), r.provisions()));
                }
                tally.add(r);
            });
        }
        if (files.size() > 1) {
            out.println(tally.summary());
        }
        out.flush();
        return tally.unreadable() > 0 ? ExitCode.IO
                : tally.withErrors() > 0 || strict && tally.withWarnings() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
