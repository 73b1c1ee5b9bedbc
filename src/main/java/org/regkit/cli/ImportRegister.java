package org.regkit.cli;

import org.regkit.Regkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regkit.ingest.Imported;
import org.regkit.l10n.Messages;
import org.regkit.register.RegisterRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regkit import register FILE.xlsx|FILE.csv -o S.xml}. */
@Command(name = "register")
final class ImportRegister extends ImportFile {
    @Mixin
    Encoding encoding;

    @Option(names = "--rules", paramLabel = "RULES.csv")
    Path rulesFile;
    @Option(names = "--rule", paramLabel = "項目=値")
    List<String> rules = new ArrayList<>();

    Imported convert() throws Exception {
        List<RegisterRule> given = new ArrayList<>(rulesFile == null ? List.of() : Regkit.readRegisterRules(rulesFile, encoding.name));
        for (String r : rules) {
            try {
                given.add(RegisterRule.parse(r));
            } catch (org.regkit.io.InputException e) {
                throw new UsageException(Messages.text("cli.option-value", "--rule " + r, e.problems().get(0).message()));
            }
        }
        return Regkit.importRegister(file, encoding.name, given);
    }
}
