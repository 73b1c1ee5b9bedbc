package org.regkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.regkit.amend.Amendment;
import org.regkit.diff.Impact;
import org.regkit.diff.RegulationDiff;
import org.regkit.ingest.ImportOptions;
import org.regkit.ingest.Imported;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.register.Binding;
import org.regkit.register.LoadedRegister;
import org.regkit.render.PdfOptions;
import org.regkit.render.Stylesheet;

/**
 * The main job on the bundled regulations. For every regulation folder in {@code regulations/}:
 * each version validated, exported as text and e-Gov XML, rendered as HTML and PDF, and its source
 * text re-imported; then the register's compliance dossier; then the 新旧対照表 of each pair of
 * consecutive versions with the register's impact, and the amending rule (改め文) that makes the
 * later one from the earlier, applied again to prove it. Progress lines go to {@code say} in that order;
 * problems to {@code problems}.
 */
public final class Demo {
    private final Path home;
    private final Path out;
    private final PdfOptions pdf;
    private final Consumer<String> say;
    private final Consumer<Problem> problems;

    /**
     * @param home the regkit checkout (its {@code regulations/} folder is read)
     * @param out where to write, one folder per regulation
     */
    public Demo(Path home, Path out, PdfOptions pdf, Consumer<String> say, Consumer<Problem> problems) {
        this.home = home;
        this.out = out;
        this.pdf = pdf;
        this.say = say;
        this.problems = problems;
    }

    /** Runs the job; true when everything was valid and every register citation resolved. */
    public boolean run() throws Exception {
        for (Stylesheet s : Stylesheet.values()) {
            s.preload();
        }
        List<Path> regulations;
        try (Stream<Path> s = Files.list(home.resolve("regulations"))) {
            regulations = s.filter(Files::isDirectory).sorted().toList();
        }
        boolean clean = true;
        for (Path dir : regulations) {
            clean &= regulation(dir, out.resolve(dir.getFileName().toString()));
        }
        return clean;
    }

    private boolean regulation(Path dir, Path target) throws Exception {
        // each version read and checked once: the renderings, the dossier and the comparisons share it
        Map<Path, Regkit.Checked> checked = new LinkedHashMap<>();
        boolean clean = true;
        for (Path version : Regkit.versions(dir)) {
            Regkit.Checked c = Regkit.check(version);
            c.problems().forEach(problems);
            checked.put(version, c);
            clean &= c.valid();
            if (c.valid()) {
                version(dir, version, c, target);
            }
        }
        Path registerFile = dir.resolve("register.xml");
        LoadedRegister register = Files.exists(registerFile) ? Regkit.loadRegister(registerFile) : null;
        if (register != null) {
            clean &= dossier(register, checked, target);
        }
        comparisons(checked, register, target);
        return clean;
    }

    private void version(Path dir, Path version, Regkit.Checked c, Path target) throws Exception {
        String name = version.getFileName().toString().replaceFirst("\\.xml$", "");
        say.accept(Messages.text("demo.validated", home.relativize(version), c.regulation().all().size()));
        Path text = target.resolve(name + ".txt");
        Path html = target.resolve(name + ".html");
        Path pdfFile = target.resolve(name + ".pdf");
        Path egov = target.resolve(name + ".egov.xml");
        Regkit.write(text, Regkit.exportText(c.regulation()));
        Regkit.write(html, o -> Regkit.renderHtml(c.regulation(), LocalDate.now(), o));
        Regkit.write(pdfFile, o -> Regkit.renderPdf(c.regulation(), LocalDate.now(), pdf, o).forEach(problems));
        Regkit.write(egov, Regkit.exportEgov(c.regulation()));
        say.accept("  " + Messages.text("demo.wrote", text, html.getFileName(), pdfFile.getFileName(), egov.getFileName()));
        Path source = dir.resolve("source").resolve(name + ".txt");
        if (Files.exists(source)) {
            Imported r = Regkit.importText(source, new ImportOptions(null, dir.getFileName().toString()));
            Path xml = target.resolve(name + ".imported.xml");
            Regkit.write(xml, r.xml());
            say.accept("  " + Messages.text("demo.reimported", home.relativize(source), r.encoding(), xml));
        }
    }

    /** The dossier (HTML and PDF) of the register, against the version it cites; false when a citation did not resolve. */
    private boolean dossier(LoadedRegister register, Map<Path, Regkit.Checked> checked, Path target) throws Exception {
        String cites = register.register().version;
        Path version = checked.keySet().stream()
                .filter(v -> cites == null || v.getFileName().toString().startsWith(cites))
                .findFirst().orElseThrow(() -> new IOException(Messages.text("demo.no-version", cites, register.file())));
        LocalDate asOf = Regkit.asOf(null, register);
        Binding binding = Regkit.bind(checked.get(version).validRegulation(), register, asOf);
        Path html = target.resolve("dossier.html");
        Path pdfFile = target.resolve("dossier.pdf");
        Regkit.write(html, o -> Regkit.dossierHtml(binding, asOf, o));
        Regkit.write(pdfFile, o -> Regkit.dossierPdf(binding, asOf, pdf, o).forEach(problems));
        say.accept(Messages.text("demo.dossier", home.relativize(Path.of(register.file())), register.register().systems.size(),
                binding.findings().size(), JapaneseDates.forReader(asOf), html, pdfFile.getFileName()));
        return !binding.hasErrors() & workbook(binding, checked.get(version).validRegulation(), asOf, target);
    }

    /**
     * The bound register as the workbook offices keep (register.xlsx), imported again and bound: its
     * dossier (dossier-from-xlsx.html) must find what the XML register's did.
     */
    private boolean workbook(Binding binding, org.regkit.model.Regulation regulation, LocalDate asOf, Path target) throws Exception {
        Path xlsx = target.resolve("register.xlsx");
        Regkit.write(xlsx, o -> Regkit.registerWorkbook(binding, o));
        Path xml = target.resolve("register-from-xlsx.xml");
        Regkit.write(xml, Regkit.importRegister(xlsx, null).xml());
        Binding again = Regkit.bind(regulation, Regkit.loadRegister(xml), asOf);
        Path html = target.resolve("dossier-from-xlsx.html");
        Regkit.write(html, o -> Regkit.dossierHtml(again, asOf, o));
        boolean same = again.findings().size() == binding.findings().size() && again.cites().size() == binding.cites().size();
        say.accept(Messages.text(same ? "demo.workbook" : "demo.workbook-different", xlsx.getFileName(), again.findings().size(),
                html.getFileName()));
        return same;
    }

    /** The 新旧対照表 (HTML, PDF, JSON) of each pair of consecutive valid versions, with the register's impact. */
    private void comparisons(Map<Path, Regkit.Checked> checked, LoadedRegister register, Path target) throws Exception {
        List<Path> versions = checked.keySet().stream().filter(v -> checked.get(v).valid()).toList();
        for (int i = 1; i < versions.size(); i++) {
            Path a = versions.get(i - 1);
            Path b = versions.get(i);
            RegulationDiff diff = Regkit.diff(checked.get(a).regulation(), checked.get(b).regulation());
            Impact impact = register != null && a.getFileName().toString().startsWith(String.valueOf(register.register().version))
                    ? Regkit.impact(diff, register) : null;
            String name = "diff-" + stem(a) + "-" + stem(b);
            Regkit.write(target.resolve(name + ".json"), Regkit.diffJson(diff, impact));
            Regkit.write(target.resolve(name + ".html"), o -> Regkit.comparisonHtml(diff, impact, o));
            Regkit.write(target.resolve(name + ".pdf"), o -> Regkit.comparisonPdf(diff, impact, pdf, o).forEach(problems));
            say.accept(impact == null
                    ? Messages.text("demo.comparison", a.getFileName(), b.getFileName(), diff.changes().size(), target.resolve(name + ".html"))
                    : Messages.text("demo.comparison-impact", a.getFileName(), b.getFileName(), diff.changes().size(),
                            target.resolve(name + ".html"), impact.entries().size()));
            amendment(diff, "amend-" + stem(a) + "-" + stem(b), target);
        }
    }

    /** The amending rule (改め文) of a pair, as text and PDF, applied again to the older version to prove it. */
    private void amendment(RegulationDiff diff, String name, Path target) throws Exception {
        Amendment rule = Regkit.amendment(diff);
        Path text = target.resolve(name + ".txt");
        Path pdfFile = target.resolve(name + ".pdf");
        String issuer = Regkit.issuer(diff.oldVersion());
        Regkit.write(text, Regkit.amendmentText(rule));
        Regkit.write(pdfFile, o -> Regkit.amendmentPdf(rule, issuer, pdf, o).forEach(problems));
        Regkit.Applied applied = Regkit.applyAmendment(diff.oldVersion(), Regkit.readAmendment(text, diff.oldVersion()), text.toString());
        Path again = target.resolve(name + ".applied.xml");
        Regkit.write(again, applied.xml());
        boolean same = Regkit.diff(diff.newVersion(), applied.regulation()).same();
        say.accept(Messages.text(same ? "demo.amendment" : "demo.amendment-different", rule.sentences().size(), text,
                pdfFile.getFileName(), Path.of(diff.oldVersion().source()).getFileName(), again.getFileName(),
                Path.of(diff.newVersion().source()).getFileName()));
        if (!same) {
            throw new IllegalStateException("the amending rule regkit wrote does not give " + diff.newVersion().source() + " back");
        }
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.xml$", "");
    }
}
