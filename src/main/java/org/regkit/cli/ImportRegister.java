package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.ingest.Imported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regkit import register FILE.csv -o S.xml}. */
@Command(name = "register", description = "A register kept as CSV (UTF-8 or Windows-31J, header row) to register XML.")
final class ImportRegister implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE.csv", description = "the CSV file")
    Path file;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "S.xml", description = "where to write the register")
    Path output;
    @Option(names = "--encoding", paramLabel = "NAME", description = "input encoding; detected when omitted")
    String encoding;

    @Override
    public Integer call() throws Exception {
        Imported r = Regkit.importRegister(file, encoding);
        Emit.problems(spec, r.warnings());
        Regkit.write(output, r.xml(), file);
        return ExitCode.OK;
    }
}
