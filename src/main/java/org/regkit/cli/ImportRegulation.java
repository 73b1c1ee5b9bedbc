package org.regkit.cli;

import org.regkit.Regkit;
import org.regkit.ingest.ImportOptions;
import org.regkit.ingest.Imported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regkit import text|html|egov FILE -o OUT.xml [--id ID]}. */
abstract class ImportRegulation extends ImportFile {
    @Option(names = "--id", paramLabel = "ID")
    String id;

    @Command(name = "text")
    static final class Text extends ImportRegulation {
        @Mixin
        Encoding encoding;

        Imported convert() throws Exception {
            return Regkit.importText(file, new ImportOptions(encoding.name, id));
        }
    }

    @Command(name = "html")
    static final class Html extends ImportRegulation {
        @Mixin
        Encoding encoding;

        Imported convert() throws Exception {
            return Regkit.importHtml(file, new ImportOptions(encoding.name, id));
        }
    }

    @Command(name = "egov")
    static final class Egov extends ImportRegulation {
        Imported convert() throws Exception {
            return Regkit.importEgov(file, id);
        }
    }
}
