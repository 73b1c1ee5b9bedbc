package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.model.Regulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regkit export text|egov FILE [-o OUT]}: the regulation back as text or as e-Gov law XML. */
@Command(name = "export", subcommands = {ExportCommand.Text.class, ExportCommand.Egov.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        HelpBundle.usage(spec.commandLine(), spec.commandLine().getErr());
    }

    /** What both exports share: the input, optional -o (else standard output); the document's warnings printed. */
    abstract static class RegulationExport implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT")
        Path output;

        abstract byte[] export(Regulation regulation);

        @Override
        public Integer call() throws Exception {
            // warnings (published data out of the schema's order) are kept in the export: say so
            Emit.bytes(spec, output, export(Regkit.load(file, spec.commandLine().getErr()::println)), file);
            return ExitCode.OK;
        }
    }

    @Command(name = "egov")
    static final class Egov extends RegulationExport {
        byte[] export(Regulation regulation) {
            return Regkit.exportEgov(regulation);
        }
    }

    @Command(name = "text")
    static final class Text extends RegulationExport {
        byte[] export(Regulation regulation) {
            return Regkit.exportText(regulation).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
