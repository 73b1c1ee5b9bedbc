package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.ingest.ImportOptions;
import org.regkit.ingest.Imported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What the importers of a regulation share: the input, the output, the regulation id, the encoding; warnings printed. */
abstract class ImportRegulation implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "the file to import")
    Path file;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml", description = "where to write the XML")
    Path output;
    @Option(names = "--id", paramLabel = "ID", description = "regulation id (default: from the file name)")
    String id;

    abstract Imported convert() throws Exception;

    @Override
    public Integer call() throws Exception {
        Imported r = convert();
        Emit.problems(spec, r.warnings());
        Regkit.write(output, r.xml(), file);
        return ExitCode.OK;
    }

    @Command(name = "text", description = "Plain text (also text extracted from a PDF) to regulation XML.")
    static final class Text extends ImportRegulation {
        @Option(names = "--encoding", paramLabel = "NAME", description = "input encoding (UTF-8, UTF-16, Windows-31J …); detected when omitted")
        String encoding;

        Imported convert() throws Exception {
            return Regkit.importText(file, new ImportOptions(encoding, id));
        }
    }

    @Command(name = "html", description = "An HTML page (a 例規集 site's, or regkit's own) to regulation XML.")
    static final class Html extends ImportRegulation {
        @Option(names = "--encoding", paramLabel = "NAME", description = "page encoding; from its BOM or <meta charset> when omitted")
        String encoding;

        Imported convert() throws Exception {
            return Regkit.importHtml(file, new ImportOptions(encoding, id));
        }
    }

    @Command(name = "egov", description = "e-Gov law XML (bare Law, or an API response envelope) to regulation XML.")
    static final class Egov extends ImportRegulation {
        Imported convert() throws Exception {
            return Regkit.importEgov(file, id);
        }
    }
}
