package org.regkit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.diff.Impact;
import org.regkit.diff.RegulationDiff;
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

/** {@code regkit diff OLD NEW --format json|xml|html|pdf [-o OUT] [--register S] [--whole]}: exit 0 when the same, 1 when different. */
@Command(name = "diff")
public final class DiffCommand implements Callable<Integer> {
    enum Format { json, xml, html, pdf, xlsx }

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "OLD")
    Path oldFile;
    @Parameters(index = "1", paramLabel = "NEW")
    Path newFile;
    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT")
    Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT")
    Path output;
    @Option(names = "--register", paramLabel = "S.xml")
    Path register;
    @Option(names = "--whole")
    boolean whole;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        PdfOptions pdf = fonts.options();
        boolean page = format == Format.html || format == Format.pdf || format == Format.xlsx;
        if (format == Format.xlsx && register == null) {
            throw new UsageException(Messages.text("cli.diff.xlsx-needs-register"));
        }
        if (page && output == null) {
            throw UsageException.needsOutput(format);
        }
        if (format == Format.html || format == Format.pdf) {
            // compiled meanwhile on the other core; JSON, XML and workbooks need no stylesheet, and
            // compiling one anyway took that core from loading the second version
            Regkit.prepare(format == Format.pdf ? Stylesheet.COMPARISON_FO : Stylesheet.COMPARISON_HTML);
        }
        try (Progress progress = Progress.start(Messages.text("cli.progress.comparing"), spec.commandLine().getErr(), fonts.quiet)) {
            Regulation[] both = Regkit.loadBoth(oldFile, newFile);
            Regkit.prepareReferences(both);
            RegulationDiff diff = Regkit.diff(both[0], both[1]);
            Impact impact = register == null ? null : Regkit.impact(diff, Regkit.loadRegister(register));
            Emit.problems(spec, Regkit.shiftedReferences(diff));
            Path[] inputs = register == null ? new Path[] {oldFile, newFile} : new Path[] {oldFile, newFile, register};
            switch (format) {
                case json -> Emit.bytes(spec, output, Regkit.diffJson(diff, impact).getBytes(StandardCharsets.UTF_8), inputs);
                case xml -> Emit.bytes(spec, output, Regkit.diffXml(diff, impact, whole), inputs);
                case html -> Regkit.write(output, out -> Regkit.comparisonHtml(diff, impact, whole, out), inputs);
                case pdf -> Regkit.write(output, out -> Emit.problems(spec, Regkit.comparisonPdf(diff, impact, whole, pdf, out)), inputs);
                case xlsx -> Regkit.write(output, out -> Regkit.impactWorkbook(impact, out), inputs);
            }
            return diff.same() ? ExitCode.OK : ExitCode.FINDINGS;
        }
    }
}
