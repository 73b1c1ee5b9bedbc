package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit validate PATH...}: schema and semantic checks of files and folders, in parallel, every problem reported. */
@Command(name = "validate", description = "Check regulation XML (files, or folders of them) against the schema, "
        + "the numbering rules and the references.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "regulation XML files, or folders (every .xml below them)")
    List<Path> paths;
    @Option(names = "--strict", description = "warnings count as findings: exit 1 unless the file is also "
            + "valid against the schema's element order (as e-Gov law XML must be) and regkit places every reference")
    boolean strict;
    @Option(names = "--errors-only", description = "print errors only; warnings are still counted in the summary")
    boolean errorsOnly;
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "files checked at once (default: one per core)")
    Integer jobs;
    @Option(names = {"-q", "--quiet"}, description = "no progress line")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Regkit.regulationFiles(paths);
        if (files.isEmpty()) {
            throw new UsageException("no .xml files in " + paths);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        try (Progress p = Progress.start(() -> "checked " + tally.files + " of " + files.size() + " files",
                err, quiet || files.size() == 1, Progress.THRESHOLD_MS)) {
            Regkit.checkAll(files, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), r -> {
                for (Problem problem : r.problems()) {
                    if (problem.isError() || !errorsOnly) {
                        err.println(problem);
                    }
                }
                if (!r.hasErrors()) {
                    out.println(r.file() + ": valid (" + r.provisions() + " provisions"
                            + (r.hasWarnings() ? ", " + warnings(r) + " warnings" : "") + ")");
                }
                tally.add(r);
            });
        }
        if (files.size() > 1) {
            out.println(tally.summary());
        }
        out.flush();
        return tally.unreadable > 0 ? ExitCode.IO : tally.withErrors > 0 || strict && tally.withWarnings > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static long warnings(Regkit.FileCheck r) {
        return r.problems().stream().filter(p -> !p.isError()).count();
    }

    /** What the files checked so far came to. */
    private static final class Tally {
        volatile int files;
        int clean;
        int withWarnings;
        int withErrors;
        int unreadable;
        long errors;
        long warnings;

        void add(Regkit.FileCheck r) {
            long w = warnings(r);
            errors += r.problems().size() - w;
            warnings += w;
            if (r.unreadable()) {
                unreadable++;
            }
            if (r.hasErrors()) {
                withErrors++;
            } else if (w > 0) {
                withWarnings++;
            } else {
                clean++;
            }
            files++;
        }

        String summary() {
            return String.format("%,d files: %,d clean, %,d with warnings only, %,d with errors (%,d unreadable); %,d errors, %,d warnings",
                    files, clean, withWarnings, withErrors, unreadable, errors, warnings);
        }
    }
}
