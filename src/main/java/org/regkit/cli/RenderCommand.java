package org.regkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.l10n.Messages;
import org.regkit.model.Regulation;
import org.regkit.render.PdfOptions;
import org.regkit.render.Stylesheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit render FILE --format html|pdf|fo -o OUT}. */
@Command(name = "render")
public final class RenderCommand implements Callable<Integer> {
    enum Format { html, pdf, fo }

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--as-of", paramLabel = "DATE")
    String asOf;
    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    Format format;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT")
    Path output;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        PdfOptions pdf = fonts.options();
        LocalDate day = AsOf.parse(asOf);
        Regkit.prepare(format == Format.html ? Stylesheet.REGULATION_HTML : Stylesheet.REGULATION_FO);
        Regulation reg = Regkit.load(Regkit.versionInForce(file, day));
        try (Progress progress = Progress.start(Messages.text("cli.progress.rendering", format), spec.commandLine().getErr(), fonts.quiet)) {
            switch (format) {
                case html -> Regkit.write(output, out -> Regkit.renderHtml(reg, day, out), file);
                case fo -> Regkit.write(output, out -> Regkit.renderFo(reg, day, pdf, out), file);
                case pdf -> Regkit.write(output, out -> Emit.problems(spec, Regkit.renderPdf(reg, day, pdf, out)), file);
            }
        }
        return ExitCode.OK;
    }
}
