package org.regkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.model.Regulation;
import org.regkit.refs.DefinedTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit terms FILE [--format text|json]}: the terms the regulation defines, where and with what scope. */
@Command(name = "terms")
public final class TermsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Mixin
    ListingFormat format;

    @Override
    public Integer call() throws Exception {
        Regulation reg = Regkit.load(file);
        List<DefinedTerm> terms = Regkit.terms(reg);
        spec.commandLine().getOut().print(format.json() ? Regkit.termsJson(reg, terms) : Regkit.termsText(reg, terms));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
