package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import java.util.ArrayList;
import java.util.List;
import org.regkit.model.CitationList;
import org.regkit.model.CitationResolver;
import org.regkit.model.Regulation;
import org.regkit.export.TextExporter;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit cite FILE CITATION}: identifier, canonical label and full text of a provision. */
@Command(name = "cite", description = "Resolve a citation (第３条第１項第２号ア, art_3__para_1, …).")
public final class CiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "regulation XML, or a folder of its versions")
    Path file;
    @picocli.CommandLine.Option(names = "--as-of", paramLabel = "DATE",
            description = "with a folder: the version in force on this day (default today)")
    String asOf;
    @Parameters(index = "1", paramLabel = "CITATION", description = "a Japanese citation or an identifier")
    String citation;

    @Override
    public Integer call() throws Exception {
        Path version = Regkit.versionInForce(file, AsOf.parse(asOf));
        if (!version.equals(file)) {
            spec.commandLine().getErr().println("regkit: citing " + version);
        }
        Regulation reg = Regkit.load(version);
        CitationResolver resolver = Regkit.citations(reg);
        // 第３条第１項第２号及び第３号 names two provisions: each is resolved before anything is printed
        List<CitationResolver.Resolution> found = new ArrayList<>();
        for (String one : CitationList.split(citation)) {
            CitationResolver.Resolution r = resolver.resolve(one);
            if (!r.resolved()) {
                throw new InputException(Problem.error(file.toString(), 0, 0, "unresolved citation " + r.error()), false);
            }
            found.add(r);
        }
        var out = spec.commandLine().getOut();
        for (CitationResolver.Resolution r : found) {
            if (r != found.get(0)) {
                out.println();
            }
            r.notes().forEach(n -> spec.commandLine().getErr().println("regkit: note: " + n));
            out.println(r.provision().id());
            out.println(resolver.label(r.provision()));
            TextExporter.provision(r.provision().element()).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
