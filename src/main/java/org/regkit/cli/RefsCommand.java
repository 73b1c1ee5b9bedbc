package org.regkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.model.Regulation;
import org.regkit.refs.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit refs FILE [--format text|json]}: the references in the text, with their targets; exit 1 if one resolves nowhere. */
@Command(name = "refs")
public final class RefsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Mixin
    ListingFormat format;

    @Override
    public Integer call() throws Exception {
        Regulation reg = Regkit.load(file);
        List<Reference> refs = Regkit.references(reg);
        spec.commandLine().getOut().print(format.json() ? Regkit.referencesJson(reg, refs) : Regkit.referencesText(reg, refs));
        spec.commandLine().getOut().flush();
        return refs.stream().noneMatch(Reference::dangling) ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
