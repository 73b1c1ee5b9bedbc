package org.regkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.regkit.amend.Amending;
import org.regkit.amend.Amendment;
import org.regkit.amend.AmendmentReader;
import org.regkit.amend.AmendmentText;
import org.regkit.amend.AmendmentXml;
import org.regkit.amend.Generator;
import org.regkit.diff.ComparisonXml;
import org.regkit.diff.DiffJson;
import org.regkit.diff.Impact;
import org.regkit.diff.Migration;
import org.regkit.diff.RegulationDiff;
import org.regkit.diff.ShiftedReferences;
import org.regkit.export.EgovExport;
import org.regkit.export.TextExporter;
import org.regkit.ingest.EgovXml;
import org.regkit.ingest.HtmlImporter;
import org.regkit.ingest.ImportOptions;
import org.regkit.ingest.Imported;
import org.regkit.ingest.TextImporter;
import org.regkit.io.AtomicOutput;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.CitationList;
import org.regkit.model.CitationResolver;
import org.regkit.model.Regulation;
import org.regkit.model.VersionFolder;
import org.regkit.refs.DefinedTerm;
import org.regkit.refs.DefinedTerms;
import org.regkit.refs.Reference;
import org.regkit.refs.References;
import org.regkit.refs.RefsJson;
import org.regkit.refs.RefsText;
import org.regkit.register.Binding;
import org.regkit.register.DossierXml;
import org.regkit.register.LoadedRegister;
import org.regkit.register.RegisterCsv;
import org.regkit.register.RegisterRule;
import org.regkit.register.RegisterXlsx;
import org.regkit.register.RegisterLoader;
import org.regkit.render.FontLocator;
import org.regkit.render.HtmlRenderer;
import org.regkit.render.PdfOptions;
import org.regkit.render.PdfRenderer;
import org.regkit.render.ProvisionAnnotator;
import org.regkit.render.RenderException;
import org.regkit.render.Stylesheet;
import org.regkit.render.Stylesheets;
import org.regkit.xml.Locations;
import org.regkit.xml.XmlLoader;
import org.w3c.dom.Document;

/**
 * The library's one door: import, check, cite, list, render, bind, diff and migrate regulations and
 * registers. Each method is a thin composition of the packages below; nothing here prints or
 * exits. Failures are regkit's own exceptions: {@link InputException} (an input regkit cannot use,
 * with its problems and their places), {@link IOException} (a file that cannot be read or
 * written), {@link RenderException} (a stylesheet or FOP failed: a fault of regkit).
 *
 * <pre>{@code
 * Regulation law = Regkit.load(Path.of("regulations/r/2025-04-01.xml"));
 * List<Regkit.Cited> cited = Regkit.cite(law, "第３条第１項第２号ア");
 * RegulationDiff diff = Regkit.diff(Regkit.load(older), law);
 * try (OutputStream out = Files.newOutputStream(Path.of("law.pdf"))) {
 *     Regkit.renderPdf(law, LocalDate.now(), PdfOptions.DEFAULT, out);
 * }
 * }</pre>
 */
public final class Regkit {
    private Regkit() {
    }

    // ---------------------------------------------------------------- loading and checking

    /** A regulation and the problems (all of them) found while loading and checking it. */
    public record Checked(Regulation regulation, List<Problem> problems) {
        public boolean valid() {
            return problems.stream().noneMatch(Problem::isError);
        }

        /** The regulation when it is valid; its errors are thrown otherwise. */
        public Regulation validRegulation() throws InputException {
            if (!valid()) {
                throw new InputException(problems.stream().filter(Problem::isError).toList(), false);
            }
            return regulation;
        }
    }

    /**
     * Loads a regulation and runs every check (schema, identifiers, numbering, references). Throws
     * only when the file cannot be read as XML at all; otherwise the problems come back with the result.
     */
    public static Checked check(Path file) throws InputException {
        return Checker.check(XmlLoader.read(file), file.toString(), true);
    }

    /** As {@link #check(Path)}, for a regulation held in memory; {@code name} is used in problem messages. */
    public static Checked check(byte[] bytes, String name) throws InputException {
        return Checker.check(bytes, name, true);
    }

    /**
     * What checking one file of many found: its problems, how many provisions it has (0 when it
     * could not be read as a regulation), and whether it could not be read at all.
     */
    public record FileCheck(Path file, List<Problem> problems, int provisions, boolean unreadable) {
        public boolean hasErrors() {
            return unreadable || problems.stream().anyMatch(Problem::isError);
        }

        public long warnings() {
            return problems.stream().filter(p -> !p.isError()).count();
        }
    }

    /**
     * The regulation files that files and folders name, and the other XML files found in the folders.
     *
     * @param files the files to check: each file named, and every {@code .xml} file below a folder that holds a law, in name order
     * @param skipped the {@code .xml} files below the folders that hold something else (a register, say)
     */
    public record Selection(List<Path> files, List<Path> skipped) {
    }

    /** The regulation files that files and folders name: a file as named; below a folder, every {@code .xml} file holding a law. */
    public static Selection regulationFiles(List<Path> inputs) throws IOException {
        return Corpus.files(inputs);
    }

    /**
     * Checks many files in parallel in one JVM ({@code threads} at a time), handing each result to
     * {@code each} in the order of {@code files}, as soon as it and all before it are done.
     */
    public static void checkAll(List<Path> files, int threads, Consumer<FileCheck> each) {
        Corpus.check(files, threads, each);
    }

    /** Loads a regulation that must be valid; its problems are thrown otherwise. */
    public static Regulation load(Path file) throws InputException {
        return load(file, warning -> { });
    }

    /**
     * As {@link #load(Path)}, handing each warning about the document itself (an e-Gov order
     * deviation, an attribute regkit's profile lacks) to {@code warnings}; what regkit's analysis
     * cannot place (numbering, references) is left to {@link #check}.
     */
    public static Regulation load(Path file, Consumer<Problem> warnings) throws InputException {
        Checked c = Checker.check(XmlLoader.read(file), file.toString(), false);
        Regulation regulation = c.validRegulation();
        c.problems().forEach(warnings);
        return regulation;
    }

    /** Loads two versions at once, the second on another thread. The old version's problems are thrown first. */
    public static Regulation[] loadBoth(Path oldVersion, Path newVersion) throws InputException {
        return Checker.loadBoth(oldVersion, newVersion);
    }

    /** The version of a regulation in force on a day: {@code path} itself when it is a file, else from its folder. */
    public static Path versionInForce(Path path, LocalDate asOf) throws IOException, InputException {
        try {
            return VersionFolder.select(path, asOf);
        } catch (VersionFolder.NotInForce e) {
            throw new InputException(Problem.error(path.toString(), e.getMessage()), false);
        }
    }

    /** The versions in a folder of versions, earliest first. */
    public static List<Path> versions(Path folder) throws IOException {
        return VersionFolder.versions(folder).stream().map(VersionFolder.Version::file).toList();
    }

    // ---------------------------------------------------------------- import and export

    /** A plain-text regulation (also text extracted from a PDF) as regulation XML. */
    public static Imported importText(Path file, ImportOptions options) throws InputException {
        return importText(XmlLoader.read(file), file.toString(), options);
    }

    /** As {@link #importText(Path, ImportOptions)}, for text held in memory. */
    public static Imported importText(byte[] bytes, String name, ImportOptions options) throws InputException {
        return TextImporter.importText(bytes, name, options);
    }

    /** An HTML page (a 例規集 site's, or regkit's own) as regulation XML. */
    public static Imported importHtml(Path file, ImportOptions options) throws InputException {
        return HtmlImporter.importHtml(XmlLoader.read(file), file.toString(), options);
    }

    /** e-Gov law XML (a bare Law, or an API response) as regulation XML, every published character kept. */
    public static Imported importEgov(Path file, String regulationId) throws InputException {
        return EgovXml.importLaw(XmlLoader.read(file), file.toString(), regulationId);
    }

    /**
     * A register kept in Excel (.xlsx: sheets システム and 規則) or as CSV (header row; UTF-8 or Windows-31J,
     * detected when {@code encoding} is null) as register XML.
     */
    public static Imported importRegister(Path table, String encoding) throws InputException {
        return importRegister(table, encoding, List.of());
    }

    /**
     * The same, with the rules the derived checks rest on given beside the table (a register kept as CSV
     * has no 規則 sheet): from {@link #readRegisterRules} or {@link RegisterRule#parse}; they win over a
     * workbook's own 規則 sheet.
     */
    public static Imported importRegister(Path table, String encoding, List<RegisterRule> rules) throws InputException {
        List<Problem> warnings = new ArrayList<>();
        byte[] bytes = XmlLoader.read(table);
        byte[] xml = isWorkbook(table, bytes) ? RegisterXlsx.toXml(bytes, table.toString(), rules, warnings::add)
                : RegisterCsv.toXml(bytes, table.toString(), encoding, rules, warnings::add);
        return new Imported(xml, warnings, encoding);
    }

    /** The rules of a rules CSV (項目,値: 区分規定,第３条第１項 …). */
    public static List<RegisterRule> readRegisterRules(Path csv, String encoding) throws InputException {
        return RegisterRule.read(XmlLoader.read(csv), csv.toString(), encoding);
    }

    /** An Excel workbook by its name (.xlsx, .xlsm, .xls) or by its bytes (a zip, or the old binary format). */
    private static boolean isWorkbook(Path file, byte[] bytes) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")
                || bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The regulation as plain text, one provision per line, ending with a newline. */
    public static String exportText(Regulation regulation) {
        return String.join("\n", TextExporter.document(regulation.document().getDocumentElement())) + "\n";
    }

    /** The regulation as e-Gov law XML: regkit's metadata stripped, a published law written back as published. */
    public static byte[] exportEgov(Regulation regulation) {
        return EgovExport.of(regulation.document());
    }

    // ---------------------------------------------------------------- citations, references, terms

    /** One provision a citation names: its identifier, its label in the regulation's style, its text, and notes. */
    public record Cited(String id, String label, List<String> text, List<String> notes) {
    }

    /**
     * The provisions a citation names ({@code 第３条第１項第２号ア}, {@code art_3__para_1}, or several
     * joined by 及び/並びに/、). Every one must resolve: otherwise nothing is returned and the
     * unresolved one is thrown, with the nearest provision regkit found.
     */
    public static List<Cited> cite(Regulation regulation, String citation) throws InputException {
        CitationResolver resolver = new CitationResolver(regulation);
        List<Cited> found = new ArrayList<>();
        for (String one : CitationList.split(citation)) {
            CitationResolver.Resolution r = resolver.resolve(one);
            if (!r.resolved()) {
                throw new InputException(Problem.error(regulation.source(), Messages.text("citation.unresolved-cite", r.error())), false);
            }
            found.add(new Cited(r.provision().id().value(), resolver.label(r.provision()),
                    TextExporter.provision(r.provision().element()), r.notes()));
        }
        return List.copyOf(found);
    }

    /** A resolver of citations against this regulation (for many citations at once). */
    public static CitationResolver citations(Regulation regulation) {
        return new CitationResolver(regulation);
    }

    /** Every reference in the regulation's text, resolved where it is internal. */
    public static List<Reference> references(Regulation regulation) {
        return References.find(regulation);
    }

    /** References as tab-separated lines ({@code WHERE KIND TEXT → TARGET}). */
    public static String referencesText(Regulation regulation, List<Reference> references) {
        return RefsText.references(regulation, references);
    }

    /** References as JSON ({@code {"references":[…]}}). */
    public static String referencesJson(Regulation regulation, List<Reference> references) {
        return RefsJson.references(regulation, references);
    }

    /** Every term the regulation defines. */
    public static List<DefinedTerm> terms(Regulation regulation) {
        return DefinedTerms.find(regulation);
    }

    /** Terms as tab-separated lines ({@code TERM WHERE SCOPE DEFINITION}). */
    public static String termsText(Regulation regulation, List<DefinedTerm> terms) {
        return RefsText.terms(regulation, terms);
    }

    /** Terms as JSON ({@code {"terms":[…]}}). */
    public static String termsJson(Regulation regulation, List<DefinedTerm> terms) {
        return RefsJson.terms(regulation, terms);
    }

    // ---------------------------------------------------------------- rendering

    /** Compiles the regulation schema now (half of a cold start), so that a later load need not; call it on a spare thread. */
    public static void prepareLoading() {
        org.regkit.xml.Schemas.regulation();
    }

    /**
     * Starts finding the references of these regulations on a spare thread: a diff's moved references
     * need those of both versions, and they are found while the versions are compared.
     */
    public static void prepareReferences(Regulation... regulations) {
        References.findMeanwhile(regulations);
    }

    /** Starts compiling a stylesheet a later render will need, while the caller loads its input. */
    public static void prepare(Stylesheet stylesheet) {
        stylesheet.preload();
    }

    /** The regulation as a self-contained HTML page; labelled when not yet in force on {@code asOf}. */
    public static void renderHtml(Regulation regulation, LocalDate asOf, OutputStream out) throws IOException, RenderException {
        HtmlRenderer.render(regulation, asOf, out);
    }

    /** The regulation as a PDF; labelled when not yet in force on {@code asOf}. Returns FOP's warnings. */
    public static List<Problem> renderPdf(Regulation regulation, LocalDate asOf, PdfOptions options, OutputStream out)
            throws IOException, RenderException {
        return PdfRenderer.render(regulation, asOf, FontLocator.locate(options.fonts()), options.profile(), out);
    }

    /** The XSL-FO that {@link #renderPdf} hands to FOP, for inspection or another formatter. */
    public static void renderFo(Regulation regulation, LocalDate asOf, PdfOptions options, OutputStream out)
            throws IOException, RenderException {
        PdfRenderer.renderFo(regulation, asOf, FontLocator.locate(options.fonts()), out);
    }

    // ---------------------------------------------------------------- registers and dossiers

    /** Reads a register of information systems (schema-validated, every element located). */
    public static LoadedRegister loadRegister(Path file) throws InputException {
        return RegisterLoader.load(file);
    }

    /** Binds a register to a regulation version: citations resolved, index built, checks run as of a day. */
    public static Binding bind(Regulation regulation, LoadedRegister register, LocalDate asOf) {
        return Binding.bind(regulation, register, new Binding.Options(asOf));
    }

    /**
     * The bound register as an Excel workbook: sheets システム (citations, what they resolved to, the last
     * audit, the findings), 対照表 (provisions × systems), 指摘事項 and 規則; it imports again.
     */
    public static void registerWorkbook(Binding binding, OutputStream out) throws IOException {
        org.regkit.register.RegisterWorkbook.write(binding, out);
    }

    /** What an amendment means for a register, as a workbook (影響: verdict and what to do per citation; 新設規定). */
    public static void impactWorkbook(Impact impact, OutputStream out) throws IOException {
        org.regkit.diff.ImpactWorkbook.write(impact, out);
    }

    /** The day a register is judged on: the one asked for, else the register's own as-of date, else today. */
    public static LocalDate asOf(LocalDate requested, LoadedRegister register) {
        if (requested != null) {
            return requested;
        }
        String own = register.register().asOf;
        return own != null ? LocalDate.parse(own) : LocalDate.now();
    }

    /** The compliance dossier as one HTML page. */
    public static void dossierHtml(Binding binding, LocalDate asOf, OutputStream out) throws IOException, RenderException {
        HtmlRenderer.render(dossierXml(binding, asOf), binding.register().file(), Stylesheet.DOSSIER_HTML, out);
    }

    /** The compliance dossier as a PDF; returns FOP's warnings. */
    public static List<Problem> dossierPdf(Binding binding, LocalDate asOf, PdfOptions options, OutputStream out)
            throws IOException, RenderException {
        return PdfRenderer.render(dossierXml(binding, asOf), binding.register().file(), Stylesheet.DOSSIER_FO,
                FontLocator.locate(options.fonts()), options.profile(), out);
    }

    private static Document dossierXml(Binding binding, LocalDate asOf) {
        return DossierXml.build(binding, ProvisionAnnotator.annotate(binding.regulation()), asOf);
    }

    // ---------------------------------------------------------------- versions

    /** The structural difference of two versions, built in one pass: changes, 新旧対照表 rows, moved references. */
    public static RegulationDiff diff(Regulation oldVersion, Regulation newVersion) {
        return RegulationDiff.of(oldVersion, newVersion);
    }

    /** What a diff means for a register citing the old version. */
    public static Impact impact(RegulationDiff diff, LoadedRegister register) {
        return Impact.of(diff, register);
    }

    /** A warning, in the new version, for each reference whose target the amendment moved or removed. */
    public static List<Problem> shiftedReferences(RegulationDiff diff) {
        List<Problem> out = new ArrayList<>();
        for (ShiftedReferences.Shift shift : diff.shiftedReferences()) {
            out.add(Locations.warning(diff.newVersion().source(), shift.reference().source().element(),
                    shift.message()));
        }
        return List.copyOf(out);
    }

    /** The diff as JSON ({@code impact} may be null). */
    public static String diffJson(RegulationDiff diff, Impact impact) {
        return DiffJson.write(diff, impact);
    }

    /** The diff as XML, UTF-8, indented: the 新旧対照表's rows and the impact, the input of the comparison stylesheets. */
    public static byte[] diffXml(RegulationDiff diff, Impact impact) {
        return diffXml(diff, impact, false);
    }

    /** The same, with changed articles set out {@code whole} in the rows instead of their unchanged parts as 略. */
    public static byte[] diffXml(RegulationDiff diff, Impact impact, boolean whole) {
        return Stylesheets.indented(ComparisonXml.build(diff, impact, whole));
    }

    /**
     * The 新旧対照表 as an HTML page ({@code impact} may be null), as offices set it: unchanged
     * paragraphs and items inside a changed article as 略.
     */
    public static void comparisonHtml(RegulationDiff diff, Impact impact, OutputStream out) throws IOException, RenderException {
        comparisonHtml(diff, impact, false, out);
    }

    /** The same, changed articles set out {@code whole}. */
    public static void comparisonHtml(RegulationDiff diff, Impact impact, boolean whole, OutputStream out)
            throws IOException, RenderException {
        HtmlRenderer.render(ComparisonXml.build(diff, impact, whole), diff.newVersion().source(), Stylesheet.COMPARISON_HTML, out);
    }

    /** The 新旧対照表 as a PDF ({@code impact} may be null), unchanged parts of changed articles as 略; returns FOP's warnings. */
    public static List<Problem> comparisonPdf(RegulationDiff diff, Impact impact, PdfOptions options, OutputStream out)
            throws IOException, RenderException {
        return comparisonPdf(diff, impact, false, options, out);
    }

    /** The same, changed articles set out {@code whole}. */
    public static List<Problem> comparisonPdf(RegulationDiff diff, Impact impact, boolean whole, PdfOptions options,
                                              OutputStream out) throws IOException, RenderException {
        return PdfRenderer.render(ComparisonXml.build(diff, impact, whole), diff.newVersion().source(), Stylesheet.COMPARISON_FO,
                FontLocator.locate(options.fonts()), options.profile(), out);
    }

    /** Moves a register citing the diff's old version to its new version ({@code register} is rewritten in place). */
    public static Migration migrateRegister(LoadedRegister register, RegulationDiff diff) {
        return Migration.of(register, diff);
    }

    // ---------------------------------------------------------------- amendments (改め文)

    /**
     * The amending rule that turns the diff's old version into its new one, as drafters write it:
     * title, 制定文, 改め文, and the new version's own 附則. What regkit cannot write as 改め文 is an
     * error about the new version.
     */
    public static Amendment amendment(RegulationDiff diff) throws InputException {
        try {
            return Generator.generate(diff);
        } catch (Generator.Unsupported u) {
            throw new InputException(Problem.error(diff.newVersion().source(), u.getMessage()), false);
        }
    }

    /** Who issues the regulation's rules (埼玉県警察本部長), from its metadata, or null. */
    public static String issuer(Regulation regulation) {
        org.w3c.dom.Element meta = org.regkit.model.Dom.rkChild(regulation.document().getDocumentElement(), "Meta");
        org.w3c.dom.Element issuer = meta == null ? null : org.regkit.model.Dom.rkChild(meta, "Issuer");
        return issuer == null ? null : issuer.getTextContent().strip();
    }

    /** The amending rule as text, laid out as a 公報 prints it (ending with a newline). */
    public static String amendmentText(Amendment amendment) {
        return String.join("\n", AmendmentText.lines(amendment)) + "\n";
    }

    /** The amending rule as an HTML page in the layout of a 公報; {@code issuer} (埼玉県警察本部長) may be null. */
    public static void amendmentHtml(Amendment amendment, String issuer, OutputStream out) throws IOException, RenderException {
        HtmlRenderer.render(AmendmentXml.build(amendment, issuer), "amendment", Stylesheet.AMENDMENT_HTML, out);
    }

    /** The amending rule as a PDF; returns FOP's warnings. */
    public static List<Problem> amendmentPdf(Amendment amendment, String issuer, PdfOptions options, OutputStream out)
            throws IOException, RenderException {
        return PdfRenderer.render(AmendmentXml.build(amendment, issuer), "amendment", Stylesheet.AMENDMENT_FO,
                FontLocator.locate(options.fonts()), options.profile(), out);
    }

    /**
     * Reads an amending rule as published, in text (any encoding regkit detects) or HTML, for the
     * part of it that amends {@code base}.
     */
    public static Amendment readAmendment(Path file, Regulation base) throws InputException {
        byte[] bytes = XmlLoader.read(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        String text = head.contains("<html") || head.contains("<!doctype html") || file.toString().matches("(?i).*\\.html?")
                ? HtmlImporter.text(bytes, file.toString(), null).text()
                : org.regkit.io.TextDecoder.decode(bytes, null, file.toString()).text();
        return AmendmentReader.read(List.of(text.split("\r?\n", -1)), file.toString(), base.title(), Amending.kana(base));
    }

    /**
     * Applies an amending rule to the version it amends (溶け込み): the next version's XML, checked
     * like any regulation; its warnings come with it. {@code file} names the amendment in problems.
     */
    public static Applied applyAmendment(Regulation base, Amendment amendment, String file) throws InputException {
        Amending.Result result = Amending.apply(base, amendment, file);
        byte[] xml = org.regkit.xml.XmlWriter.bytes(result.document(), "UTF-8");
        Checked checked = Checker.check(xml, base.source(), false);
        List<Problem> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(checked.problems());
        return new Applied(xml, checked.validRegulation(), warnings);
    }

    /** The version an amendment made: its XML, the regulation it holds, and the warnings about it. */
    public record Applied(byte[] xml, Regulation regulation, List<Problem> warnings) {
        public Applied {
            warnings = List.copyOf(warnings);
        }
    }

    // ---------------------------------------------------------------- writing files

    /**
     * Writes a file atomically: the target is replaced only when all of it is written, never when it
     * is one of {@code inputs}; a device or FIFO is written through.
     */
    public static void write(Path target, byte[] content, Path... inputs) throws IOException {
        AtomicOutput.write(target, content, inputs);
    }

    /** As {@link #write(Path, byte[], Path...)}, for what {@code writer} streams; what it throws leaves the target as it was. */
    public static void write(Path target, AtomicOutput.Writer writer, Path... inputs) throws Exception {
        AtomicOutput.write(target, writer, inputs);
    }

    /** As {@link #write(Path, byte[], Path...)}, for text (UTF-8). */
    public static void write(Path target, String text, Path... inputs) throws IOException {
        AtomicOutput.write(target, text.getBytes(StandardCharsets.UTF_8), inputs);
    }
}
