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
@Command(name = "cite")
public final class CiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;
    @Option(names = "--as-of", paramLabel = "DATE")
    String asOf;
    @Parameters(index = "1", paramLabel = "CITATION")
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
