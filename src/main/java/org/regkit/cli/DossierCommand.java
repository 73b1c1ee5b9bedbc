package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.l10n.Messages;
import org.regkit.render.PdfOptions;
import org.regkit.render.Stylesheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regkit dossier --regulation R --register S --format pdf|html -o OUT}. The dossier is written
 * even when it has findings (they are its content); exit 1 when a citation did not resolve.
 */
@Command(name = "dossier")
public final class DossierCommand implements Callable<Integer> {
    enum Format { html, pdf }

    @Spec
    CommandSpec spec;
    @Mixin
    RegisterOptions inputs;
    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    Format format;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT")
    Path output;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        PdfOptions pdf = fonts.options();
        Regkit.prepare(format == Format.pdf ? Stylesheet.DOSSIER_FO : Stylesheet.DOSSIER_HTML);
        RegisterOptions.Bound bound = inputs.bind();
        Emit.problems(spec, bound.binding().problems());
        try (Progress progress = Progress.start(Messages.text("cli.progress.dossier"), spec.commandLine().getErr(), fonts.quiet)) {
            switch (format) {
                case html -> Regkit.write(output, out -> Regkit.dossierHtml(bound.binding(), bound.asOf(), out),
                        inputs.regulation, inputs.register);
                case pdf -> Regkit.write(output, out -> Emit.problems(spec, Regkit.dossierPdf(bound.binding(), bound.asOf(),
                        pdf, out)), inputs.regulation, inputs.register);
            }
        }
        return bound.binding().hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
