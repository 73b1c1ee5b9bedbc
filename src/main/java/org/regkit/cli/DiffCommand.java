package org.regkit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.diff.Impact;
import org.regkit.diff.RegulationDiff;
import org.regkit.io.AtomicOutput;
import org.regkit.model.Regulation;
import org.regkit.render.Stylesheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit diff OLD NEW --format json|xml|html|pdf [-o OUT] [--register S]}: exit 0 when the same, 1 when different. */
@Command(name = "diff", description = "Compare two versions of a regulation: changes, 新旧対照表, impact on a register.")
public final class DiffCommand implements Callable<Integer> {
    enum Format { json, xml, html, pdf }

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier version (regulation XML)")
    Path oldFile;
    @Parameters(index = "1", paramLabel = "NEW", description = "the later version (regulation XML)")
    Path newFile;
    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default), xml, html or pdf")
    Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (json and xml: standard output when omitted)")
    Path output;
    @Option(names = "--register", paramLabel = "S.xml", description = "a register citing OLD: adds the impact of the changes")
    Path register;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        var profile = fonts.profile();
        if ((format == Format.html || format == Format.pdf) && output == null) {
            throw new UsageException("--format " + format + " needs -o OUT");
        }
        if (format == Format.html || format == Format.pdf) {
            Regkit.prepareComparison(format == Format.pdf);
        }
        try (Progress progress = Progress.start("comparing", spec.commandLine().getErr(), fonts.quiet)) {
            return compare(profile);
        }
    }

    private int compare(org.regkit.render.PdfProfile profile) throws Exception {
        Regulation[] both = Regkit.loadBoth(oldFile, newFile);
        Regulation a = both[0];
        Regulation b = both[1];
        RegulationDiff diff = Regkit.diff(a, b);
        Impact impact = register == null ? null : Regkit.impact(diff, Regkit.loadRegister(register));
        var shifts = Regkit.shiftedReferences(diff);
        for (var shift : shifts) {
            spec.commandLine().getErr().println(org.regkit.xml.Locations.warning(newFile.toString(),
                    shift.reference().source().element(), "reference " + shift.message()));
        }
        switch (format) {
            case json -> emit(Regkit.diffJson(diff, impact).getBytes(StandardCharsets.UTF_8));
            case xml -> emit(xml(Regkit.diffXml(diff, impact)));
            case html -> AtomicOutput.write(output, out -> Regkit.comparisonHtml(diff, impact, out), oldFile, newFile);
            case pdf -> AtomicOutput.write(output, out -> Regkit.comparisonPdf(diff, impact, fonts.request(), profile, out),
                    oldFile, newFile);
        }
        return diff.same() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private void emit(byte[] bytes) throws Exception {
        if (output == null) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            AtomicOutput.write(output, bytes, oldFile, newFile);
        }
    }

    private static byte[] xml(org.w3c.dom.Document doc) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var s = Stylesheets.processor().newSerializer(out);
        s.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "yes");
        s.serializeNode(Stylesheets.processor().newDocumentBuilder().wrap(doc));
        return out.toByteArray();
    }
}
