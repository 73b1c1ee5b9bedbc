package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.ingest.TextImporter;
import org.regkit.io.AtomicOutput;
import org.regkit.io.InputException;
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

    /** What every importer of a regulation shares: the input, the output, the regulation id; writing and warnings. */
    abstract static class RegulationImport implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the file to import")
        Path file;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml", description = "where to write the XML")
        Path output;
        @Option(names = "--id", paramLabel = "ID", description = "regulation id (default: from the file name)")
        String id;

        /** The regulation XML and its warnings. */
        abstract TextImporter.Result convert(byte[] bytes) throws Exception;

        @Override
        public Integer call() throws Exception {
            TextImporter.Result r = convert(read(file));
            r.warnings().forEach(w -> spec.commandLine().getErr().println(w));
            AtomicOutput.write(output, r.xml(), file);
            return ExitCode.OK;
        }
    }

    @Command(name = "text", description = "Plain text (also text extracted from a PDF) to regulation XML.")
    static final class Text extends RegulationImport {
        @Option(names = "--encoding", paramLabel = "NAME",
                description = "input encoding (UTF-8, UTF-16, Windows-31J …); detected when omitted")
        String encoding;

        @Override
        TextImporter.Result convert(byte[] bytes) throws Exception {
            return Regkit.importText(bytes, file.toString(), new TextImporter.Options(encoding, id));
        }
    }

    @Command(name = "html", description = "An HTML page (a 例規集 site's, or regkit's own) to regulation XML.")
    static final class Html extends RegulationImport {
        @Option(names = "--encoding", paramLabel = "NAME", description = "page encoding; from its BOM or <meta charset> when omitted")
        String encoding;

        @Override
        TextImporter.Result convert(byte[] bytes) throws Exception {
            return org.regkit.ingest.HtmlImporter.importHtml(bytes, file.toString(), new TextImporter.Options(encoding, id));
        }
    }

    @Command(name = "egov", description = "e-Gov law XML (bare Law, or an API response envelope) to regulation XML.")
    static final class Egov extends RegulationImport {
        @Override
        TextImporter.Result convert(byte[] bytes) throws Exception {
            var r = org.regkit.ingest.EgovXml.importLaw(bytes, file.toString(), id);
            return new TextImporter.Result(r.xml(), r.warnings(), null);
        }
    }

    @Command(name = "register", description = "A register kept as CSV (UTF-8 or Windows-31J, header row) to register XML.")
    static final class Register implements Callable<Integer> {
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
            AtomicOutput.write(output, org.regkit.register.RegisterCsv.toXml(read(file), file.toString(), encoding,
                    spec.commandLine().getErr()::println), file);
            return ExitCode.OK;
        }
    }

    static byte[] read(Path file) throws InputException {
        return org.regkit.xml.XmlLoader.read(file);
    }
}
