package org.regkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.regkit.Regkit;
import org.regkit.ingest.TextImporter;
import org.regkit.model.VersionFolder;
import org.regkit.io.AtomicOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regkit demo}: the main job on the bundled regulations. For every version in
 * {@code regulations/<id>/}: validate it, export it as text, render it as HTML and PDF, and
 * re-import its source text, into {@code out/<id>/}.
 */
@Command(name = "demo", description = "Run the main job on the bundled regulations, writing into out/.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--home", paramLabel = "DIR", description = "the regkit checkout (default: where the launcher lives)")
    Path home;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder (default: HOME/out)")
    Path out;
    @picocli.CommandLine.Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        Regkit.prepareRendering(true);
        Regkit.prepareDossier(true);
        Regkit.prepareComparison(true);
        Path root = home != null ? home : Path.of(System.getProperty("regkit.home", "."));
        Path target = out != null ? out : root.resolve("out");
        PrintWriter say = spec.commandLine().getOut();
        List<Path> regulations;
        try (Stream<Path> s = Files.list(root.resolve("regulations"))) {
            regulations = s.filter(Files::isDirectory).sorted().toList();
        }
        int code = ExitCode.OK;
        for (Path dir : regulations) {
            String id = dir.getFileName().toString();
            // each version read and checked once: the dossier, the comparisons and the renderings share it
            Map<Path, Regkit.Checked> checked = new LinkedHashMap<>();
            for (Path version : versions(dir)) {
                checked.put(version, Regkit.check(version));
            }
            code = Math.max(code, dossiers(dir, checked, target.resolve(id), say));
            comparisons(dir, checked, target.resolve(id), say);
            for (Path version : checked.keySet()) {
                String name = version.getFileName().toString().replaceFirst("\\.xml$", "");
                Regkit.Checked c = checked.get(version);
                c.problems().forEach(p -> spec.commandLine().getErr().println(p));
                if (!c.valid()) {
                    code = ExitCode.FINDINGS;
                    continue;
                }
                say.println("validated " + root.relativize(version) + ": " + c.regulation().all().size() + " provisions");
                Path text = target.resolve(id).resolve(name + ".txt");
                AtomicOutput.write(text, Regkit.exportText(c.regulation()).getBytes(StandardCharsets.UTF_8));
                Path html = target.resolve(id).resolve(name + ".html");
                AtomicOutput.write(html, out -> Regkit.renderHtml(c.regulation(), out));
                Path pdf = target.resolve(id).resolve(name + ".pdf");
                AtomicOutput.write(pdf, out -> Regkit.renderPdf(c.regulation(), fonts.request(), fonts.profile(), out)
                        .warnings().forEach(w -> spec.commandLine().getErr().println("regkit: warning: " + pdf + ": " + w)));
                Path egov = target.resolve(id).resolve(name + ".egov.xml");
                AtomicOutput.write(egov, org.regkit.export.EgovExport.of(c.regulation().document()));
                say.println("  wrote " + text + ", " + html.getFileName() + ", " + pdf.getFileName() + ", " + egov.getFileName()
                        + " (strict e-Gov law XML)");
                Path source = dir.resolve("source").resolve(name + ".txt");
                if (Files.exists(source)) {
                    TextImporter.Result r = Regkit.importText(Files.readAllBytes(source), source.toString(),
                            new TextImporter.Options(null, id));
                    Path xml = target.resolve(id).resolve(name + ".imported.xml");
                    AtomicOutput.write(xml, r.xml());
                    say.println("  re-imported " + root.relativize(source) + " (" + r.encoding() + ") -> " + xml);
                }
            }
        }
        return code;
    }

    /** The dossier (HTML and PDF) of the regulation's register, when it has one. */
    private int dossiers(Path dir, Map<Path, Regkit.Checked> checked, Path target, PrintWriter say) throws Exception {
        Path register = dir.resolve("register.xml");
        if (!Files.exists(register)) {
            return ExitCode.OK;
        }
        var loaded = Regkit.loadRegister(register);
        Path version = checked.keySet().stream()
                .filter(v -> loaded.register().version == null || v.getFileName().toString().startsWith(loaded.register().version))
                .findFirst().orElseThrow(() -> new java.io.IOException("no regulation version " + loaded.register().version
                        + " for " + register));
        var asOf = Regkit.asOf(null, loaded);
        var binding = Regkit.bind(checked.get(version).validRegulation(), loaded, asOf);
        Path html = target.resolve("dossier.html");
        Path pdf = target.resolve("dossier.pdf");
        AtomicOutput.write(html, out -> Regkit.dossierHtml(binding, asOf, out));
        AtomicOutput.write(pdf, out -> Regkit.dossierPdf(binding, asOf, fonts.request(), fonts.profile(), out));
        say.println("dossier of " + dir.relativize(register) + " (" + binding.register().register().systems.size() + " systems, "
                + binding.findings().size() + " findings as of " + asOf + ") -> " + html + ", " + pdf.getFileName());
        return binding.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The 新旧対照表 (HTML, PDF, JSON) of each pair of consecutive versions, with the register's impact. */
    private void comparisons(Path dir, Map<Path, Regkit.Checked> checked, Path target, PrintWriter say) throws Exception {
        List<Path> versions = List.copyOf(checked.keySet());
        Path registerFile = dir.resolve("register.xml");
        var register = Files.exists(registerFile) ? Regkit.loadRegister(registerFile) : null;
        for (int i = 1; i < versions.size(); i++) {
            Path a = versions.get(i - 1);
            Path b = versions.get(i);
            var diff = Regkit.diff(checked.get(a).validRegulation(), checked.get(b).validRegulation());
            var impact = register != null && a.getFileName().toString().startsWith(String.valueOf(register.register().version))
                    ? Regkit.impact(diff, register) : null;
            String name = "diff-" + a.getFileName().toString().replace(".xml", "") + "-" + b.getFileName().toString().replace(".xml", "");
            AtomicOutput.write(target.resolve(name + ".json"), Regkit.diffJson(diff, impact).getBytes(StandardCharsets.UTF_8));
            AtomicOutput.write(target.resolve(name + ".html"), out -> Regkit.comparisonHtml(diff, impact, out));
            AtomicOutput.write(target.resolve(name + ".pdf"), out -> Regkit.comparisonPdf(diff, impact, fonts.request(),
                    fonts.profile(), out));
            say.println("新旧対照表 " + a.getFileName() + " → " + b.getFileName() + ": " + diff.changes().size() + " changes"
                    + (impact == null ? "" : ", impact on " + impact.entries().size() + " citations") + " -> "
                    + target.resolve(name + ".html") + ", .pdf, .json");
        }
    }

    /** The version files of a regulation, earliest first. */
    static List<Path> versions(Path dir) throws IOException {
        return VersionFolder.versions(dir).stream().map(VersionFolder.Version::file).toList();
    }
}
