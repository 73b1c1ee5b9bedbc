package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.l10n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit cite FILE CITATION}: identifier, canonical label and full text of each provision the citation names. */
@Command(name = "cite", description = "Resolve a citation (第３条第１項第２号ア, art_3__para_1, …).")
public final class CiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "regulation XML, or a folder of its versions")
    Path file;
    @Option(names = "--as-of", paramLabel = "DATE", description = "with a folder: the version in force on this day (default today)")
    String asOf;
    @Parameters(index = "1", paramLabel = "CITATION", description = "a Japanese citation or an identifier")
    String citation;

    @Override
    public Integer call() throws Exception {
        Path version = Regkit.versionInForce(file, AsOf.parse(asOf));
        if (!version.equals(file)) {
            spec.commandLine().getErr().println("regkit: " + Messages.text("cli.cite.version", version));
        }
        List<Regkit.Cited> found = Regkit.cite(Regkit.load(version), citation);
        PrintWriter out = spec.commandLine().getOut();
        for (Regkit.Cited c : found) {
            if (c != found.get(0)) {
                out.println();
            }
            c.notes().forEach(n -> spec.commandLine().getErr().println("regkit: note: " + n));
            out.println(c.id());
            out.println(c.label());
            c.text().forEach(out::println);
        }
        return ExitCode.OK;
    }
}
