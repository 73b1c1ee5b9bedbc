package org.regkit.cli;

import org.regkit.Regkit;
import org.regkit.ingest.Imported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code regkit import register FILE.csv -o S.xml}. */
@Command(name = "register", description = "A register kept as CSV (UTF-8 or Windows-31J, header row) to register XML.")
final class ImportRegister extends ImportFile {
    @Mixin
    Encoding encoding;

    Imported convert() throws Exception {
        return Regkit.importRegister(file, encoding.name);
    }
}
