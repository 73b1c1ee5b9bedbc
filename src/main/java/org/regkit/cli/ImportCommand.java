package org.regkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.ingest.TextImporter;
import org.regkit.io.AtomicOutput;
import org.regkit.xml.InputException;
import org.regkit.xml.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit import text FILE -o OUT.xml}. */
@Command(name = "import", description = "Import a regulation into regulation XML.",
        subcommands = {ImportCommand.Text.class, ImportCommand.Html.class, ImportCommand.Egov.class, ImportCommand.Register.class})
public final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "text", description = "Plain text (also text extracted from a PDF) to regulation XML.")
    static final class Text implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the text file")
        Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml", description = "where to write the XML")
        Path output;
        @Option(names = "--encoding", paramLabel = "NAME",
                description = "input encoding (UTF-8, UTF-16, Windows-31J …); detected when omitted")
        String encoding;
        @Option(names = "--id", paramLabel = "ID", description = "regulation id (default: from the file name)")
        String id;

        @Override
        public Integer call() throws IOException, InputException {
            TextImporter.Result r = Regkit.importText(read(file), file.toString(), new TextImporter.Options(encoding, id));
            r.warnings().forEach(w -> spec.commandLine().getErr().println(w));
            AtomicOutput.write(output, r.xml(), file);
            return ExitCode.OK;
        }
    }

    @Command(name = "html", description = "An HTML page (a 例規集 site's, or regkit's own) to regulation XML.")
    static final class Html implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the HTML page")
        Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml", description = "where to write the XML")
        Path output;
        @Option(names = "--encoding", paramLabel = "NAME", description = "page encoding; from its BOM or <meta charset> when omitted")
        String encoding;
        @Option(names = "--id", paramLabel = "ID", description = "regulation id (default: from the file name)")
        String id;

        @Override
        public Integer call() throws Exception {
            TextImporter.Result r = org.regkit.ingest.HtmlImporter.importHtml(read(file), file.toString(),
                    new TextImporter.Options(encoding, id));
            r.warnings().forEach(w -> spec.commandLine().getErr().println(w));
            AtomicOutput.write(output, r.xml(), file);
            return ExitCode.OK;
        }
    }

    @Command(name = "egov", description = "e-Gov law XML (bare Law, or an API response envelope) to regulation XML.")
    static final class Egov implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the e-Gov XML")
        Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml", description = "where to write the XML")
        Path output;
        @Option(names = "--id", paramLabel = "ID", description = "regulation id (default: from the file name)")
        String id;

        @Override
        public Integer call() throws Exception {
            var r = org.regkit.ingest.EgovXml.importLaw(read(file), file.toString(), id);
            r.warnings().forEach(w -> spec.commandLine().getErr().println(w));
            AtomicOutput.write(output, r.xml(), file);
            return ExitCode.OK;
        }
    }

    @Command(name = "register", description = "A register kept as CSV (UTF-8 or Windows-31J, header row) to register XML.")
    static final class Register implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.csv", description = "the CSV file")
        Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "S.xml", description = "where to write the register")
        Path output;
        @Option(names = "--encoding", paramLabel = "NAME", description = "input encoding; detected when omitted")
        String encoding;

        @Override
        public Integer call() throws Exception {
            AtomicOutput.write(output, org.regkit.register.RegisterCsv.toXml(read(file), file.toString(), encoding), file);
            return ExitCode.OK;
        }
    }

    static byte[] read(Path file) throws InputException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.error(file.toString(), 0, 0, "no such file"), true);
        } catch (IOException e) {
            throw new InputException(Problem.error(file.toString(), 0, 0, "cannot read: " + e.getMessage()), true);
        }
    }
}
