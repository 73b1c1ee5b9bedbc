package org.regkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.io.AtomicOutput;
import org.regkit.model.Regulation;
import org.regkit.xml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit export text FILE [-o OUT]}: the regulation back as text. */
@Command(name = "export", description = "Export a regulation.", subcommands = {ExportCommand.Text.class, ExportCommand.Egov.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "egov", description = "Strict e-Gov law XML: regkit's own metadata stripped (to stdout unless -o).")
    static final class Egov implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "regulation XML")
        Path file;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
        Path output;

        @Override
        public Integer call() throws Exception {
            byte[] xml = org.regkit.ingest.EgovXml.export(Regkit.load(file).document());
            if (output == null) {
                spec.commandLine().getOut().print(new String(xml, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                AtomicOutput.write(output, xml, file);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "text", description = "Plain text, one provision per line (to stdout unless -o).")
    static final class Text implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "regulation XML")
        Path file;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)")
        Path output;

        @Override
        public Integer call() throws InputException, IOException {
            Regulation reg = Regkit.load(file);
            String text = Regkit.exportText(reg);
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                AtomicOutput.write(output, text.getBytes(StandardCharsets.UTF_8), file);
            }
            return ExitCode.OK;
        }
    }
}
