package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.ingest.Imported;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every import shares: a file in, XML out (atomically, never over the input), the warnings printed. */
abstract class ImportFile implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml")
    Path output;

    /** The XML and its warnings. */
    abstract Imported convert() throws Exception;

    @Override
    public Integer call() throws Exception {
        Imported r = convert();
        Emit.problems(spec, r.warnings());
        Regkit.write(output, r.xml(), file);
        return ExitCode.OK;
    }

    /** {@code --encoding NAME} for the imports whose input does not declare its own (a picocli mixin). */
    static final class Encoding {
        @Option(names = "--encoding", paramLabel = "NAME")
        String name;
    }
}
