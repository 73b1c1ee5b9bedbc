package org.regkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.io.AtomicOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regkit dossier --regulation R --register S --format pdf|html -o OUT}. The dossier is written
 * even when it has findings (they are its content); exit 1 when a citation did not resolve.
 */
@Command(name = "dossier", description = "Write the compliance dossier of a register against a regulation.")
public final class DossierCommand implements Callable<Integer> {
    enum Format { html, pdf }

    @Spec
    CommandSpec spec;
    @Mixin
    RegisterOptions inputs;
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "html or pdf")
    Format format;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "output file")
    Path output;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        var profile = fonts.profile();
        Regkit.prepareDossier(format == Format.pdf);
        RegisterOptions.Bound bound = inputs.bind();
        bound.binding().problems().forEach(p -> spec.commandLine().getErr().println(p));
        List<String> warnings = new ArrayList<>();
        try (Progress progress = Progress.start("writing the dossier", spec.commandLine().getErr(), fonts.quiet)) {
            write(bound, profile, warnings);
        }
        warnings.forEach(w -> spec.commandLine().getErr().println("regkit: warning: " + output + ": " + w));
        return bound.binding().hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void write(RegisterOptions.Bound bound, org.regkit.render.PdfProfile profile, List<String> warnings) throws Exception {
        if (format == Format.html) {
            AtomicOutput.write(output, out -> Regkit.dossierHtml(bound.binding(), bound.asOf(), out),
                    inputs.regulation, inputs.register);
        } else {
            AtomicOutput.write(output, out -> warnings.addAll(Regkit.dossierPdf(bound.binding(), bound.asOf(),
                    fonts.request(), profile, out).warnings()), inputs.regulation, inputs.register);
        }
    }
}
