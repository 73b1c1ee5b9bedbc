package org.regkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.io.AtomicOutput;
import org.regkit.model.Regulation;
import org.regkit.render.FontLocator;
import org.regkit.render.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit render FILE --format html|pdf|fo -o OUT}. */
@Command(name = "render", description = "Render a regulation as an HTML page or a PDF.")
public final class RenderCommand implements Callable<Integer> {
    enum Format { html, pdf, fo }

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "regulation XML, or a folder of its versions (2024-06-01.xml …)")
    Path file;
    @Option(names = "--as-of", paramLabel = "DATE", description = "the day (2025-04-01 or 令和７年４月１日): picks the version "
            + "in force from a folder, and labels a version not yet in force; default today")
    String asOf;
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "html, pdf or fo (the XSL-FO)")
    Format format;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "output file")
    Path output;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        var profile = fonts.profile();
        var day = AsOf.parse(asOf);
        Regkit.prepareRendering(format != Format.html);
        Regulation reg = Regkit.load(Regkit.versionInForce(file, day));
        try (Progress progress = Progress.start("rendering " + format, spec.commandLine().getErr(), fonts.quiet)) {
            render(reg, day, profile);
        }
        return ExitCode.OK;
    }

    private void render(Regulation reg, java.time.LocalDate day, org.regkit.render.PdfProfile profile) throws Exception {
        switch (format) {
            case html -> AtomicOutput.write(output, out -> Regkit.renderHtml(reg, day, out), file);
            case fo -> AtomicOutput.write(output, out -> PdfRenderer.renderFoSource(reg,
                    FontLocator.locate(fonts.request()), out), file);
            case pdf -> {
                var warnings = new java.util.ArrayList<String>();
                AtomicOutput.write(output, out -> warnings.addAll(
                        Regkit.renderPdf(reg, day, fonts.request(), profile, out).warnings()), file);
                warnings.forEach(w -> spec.commandLine().getErr().println("regkit: warning: " + output + ": " + w));
            }
        }
    }
}
