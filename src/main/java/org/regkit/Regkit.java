package org.regkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regkit.ingest.TextImporter;
import org.regkit.model.CitationResolver;
import org.regkit.model.Regulation;
import org.regkit.model.RegulationReader;
import java.io.IOException;
import java.io.OutputStream;
import net.sf.saxon.s9api.SaxonApiException;
import org.apache.fop.apps.FOPException;
import org.regkit.model.Labels;
import org.regkit.model.VersionFolder;
import org.regkit.refs.DefinedTerm;
import org.regkit.refs.DefinedTerms;
import org.regkit.refs.Reference;
import org.regkit.refs.References;
import org.regkit.render.FontLocator;
import org.regkit.xml.Locations;
import org.regkit.render.HtmlRenderer;
import org.regkit.render.PdfProfile;
import org.regkit.render.PdfRenderer;
import org.regkit.render.Stylesheets;
import org.regkit.render.ProvisionAnnotator;
import org.regkit.diff.ComparisonXml;
import org.regkit.diff.DiffJson;
import org.regkit.diff.ShiftedReferences;
import org.regkit.diff.Impact;
import org.regkit.diff.RegulationDiff;
import org.regkit.register.Binding;
import org.regkit.register.DossierXml;
import org.regkit.register.LoadedRegister;
import org.regkit.register.RegisterLoader;
import java.time.LocalDate;
import org.regkit.export.TextExporter;
import org.regkit.validate.SemanticValidator;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.xml.Schemas;
import org.regkit.xml.XmlLoader;

/**
 * The library's front door: load, validate, cite, import and export regulations. Each method is
 * a thin composition of the packages below; nothing here prints or exits.
 */
public final class Regkit {
    private Regkit() {
    }

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
     * Loads a regulation and runs every check (schema, identifiers, numbering). Throws only when
     * the file cannot be read as XML at all; otherwise the problems come back with the result.
     */
    public static Checked check(Path file) throws InputException {
        return check(file, true);
    }

    /**
     * Loads a regulation; with {@code analysis}, also runs regkit's own reading of it (numbering,
     * references), whose findings are warnings only, so a command that just uses the text skips it.
     */
    private static Checked check(Path file, boolean analysis) throws InputException {
        return check(XmlLoader.read(file), file.toString(), analysis);
    }

    /** As {@link #check(Path)}, for a regulation held in memory; {@code name} is used in problem messages. */
    public static Checked check(byte[] bytes, String name) throws InputException {
        return check(bytes, name, true);
    }

    private static Checked check(byte[] bytes, String name, boolean analysis) throws InputException {
        // the law is judged where it stands: the file's root, or inside an e-Gov API response
        XmlLoader.Loaded loaded = new XmlLoader(Schemas.regulation()).toleratingOrder(Schemas.regulationModels())
                .validatingOnly("Law").load(bytes, name);
        if (org.regkit.ingest.EgovXml.isResponse(loaded.document().getDocumentElement())) {
            org.regkit.ingest.EgovXml.unwrap(loaded.document(), name, bytes);
        }
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (!"Law".equals(loaded.document().getDocumentElement().getLocalName())) {
            problems.add(Problem.error(name, 1, 1, "not a regulation: the root element is "
                    + loaded.document().getDocumentElement().getLocalName() + ", expected Law"));
            return new Checked(null, problems);
        }
        RegulationReader.Result read = RegulationReader.read(loaded.document(), name);
        problems.addAll(read.problems());
        if (analysis) {
            problems.addAll(SemanticValidator.check(read.regulation()));
            for (Reference r : References.find(read.regulation())) {
                if (r.dangling()) {
                    problems.add(Locations.warning(name, r.source().element(), "reference 「" + r.text() + "」 in "
                            + Labels.of(r.source(), read.regulation().style()) + " points at no provision regkit can find"));
                }
            }
        }
        return new Checked(read.regulation(), List.copyOf(problems));
    }

    /**
     * What checking one file of many found: its problems, how many provisions it has (0 when it
     * could not be read as a regulation), and whether it could not be read at all.
     */
    public record FileCheck(Path file, List<Problem> problems, int provisions, boolean unreadable) {
        public boolean hasErrors() {
            return unreadable || problems.stream().anyMatch(Problem::isError);
        }

        public boolean hasWarnings() {
            return problems.stream().anyMatch(p -> !p.isError());
        }
    }

    /** The XML files that files and folders name: a folder stands for every {@code .xml} file below it, in name order. */
    public static List<Path> regulationFiles(List<Path> inputs) throws IOException {
        return Corpus.files(inputs);
    }

    /**
     * Checks many files in parallel in one JVM ({@code threads} at a time), handing each result to
     * {@code each} in the order of {@code files}, as soon as it and all before it are done.
     */
    public static void checkAll(List<Path> files, int threads, java.util.function.Consumer<FileCheck> each) {
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
    public static Regulation load(Path file, java.util.function.Consumer<Problem> warnings) throws InputException {
        Checked c = check(file, false);
        Regulation regulation = c.validRegulation();
        c.problems().forEach(warnings);
        return regulation;
    }

    /**
     * Loads two versions at once, the second on another thread: on two cores the pair takes little
     * more than one. The old version's problems are thrown first.
     */
    public static Regulation[] loadBoth(Path oldVersion, Path newVersion) throws InputException {
        java.util.concurrent.FutureTask<Regulation> second = new java.util.concurrent.FutureTask<>(() -> load(newVersion));
        Thread t = new Thread(second, "load " + newVersion.getFileName());
        t.setDaemon(true);
        t.start();
        Regulation first = load(oldVersion);
        try {
            return new Regulation[] {first, second.get()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Imports a plain-text regulation. */
    public static TextImporter.Result importText(byte[] bytes, String file, TextImporter.Options options)
            throws InputException {
        return TextImporter.importText(bytes, file, options);
    }

    /** The regulation as plain text, one provision per line, ending with a newline. */
    public static String exportText(Regulation regulation) {
        return String.join("\n", TextExporter.document(regulation.document().getDocumentElement())) + "\n";
    }

    /** Starts compiling the stylesheet a later render will need, while the caller loads its input. */
    public static void prepareRendering(boolean pdf) {
        Stylesheets.preload(pdf ? PdfRenderer.STYLESHEET : HtmlRenderer.STYLESHEET);
    }

    /** The regulation as a self-contained HTML page, as of today. */
    public static void renderHtml(Regulation regulation, OutputStream out) throws SaxonApiException {
        renderHtml(regulation, LocalDate.now(), out);
    }

    /** The regulation as a self-contained HTML page; labelled when not yet in force on {@code asOf}. */
    public static void renderHtml(Regulation regulation, LocalDate asOf, OutputStream out) throws SaxonApiException {
        HtmlRenderer.render(regulation, asOf, out);
    }

    /** The regulation as a PDF, as of today; returns FOP's warnings. */
    public static PdfRenderer.Result renderPdf(Regulation regulation, FontLocator.Request fonts, PdfProfile profile,
                                               OutputStream out) throws IOException, SaxonApiException, FOPException {
        return renderPdf(regulation, LocalDate.now(), fonts, profile, out);
    }

    /** The regulation as a PDF; labelled when not yet in force on {@code asOf}. */
    public static PdfRenderer.Result renderPdf(Regulation regulation, LocalDate asOf, FontLocator.Request fonts,
                                               PdfProfile profile, OutputStream out)
            throws IOException, SaxonApiException, FOPException {
        return PdfRenderer.render(regulation, asOf, FontLocator.locate(fonts), profile, out);
    }

    /** The version of a regulation in force on a day: {@code path} itself when it is a file, else from its folder. */
    public static Path versionInForce(Path path, LocalDate asOf) throws IOException, InputException {
        try {
            return VersionFolder.select(path, asOf);
        } catch (VersionFolder.NotInForce e) {
            throw new InputException(org.regkit.io.Problem.error(path.toString(), 0, 0, e.getMessage()), false);
        }
    }

    /** The dossier stylesheets. */
    static final String DOSSIER_HTML = "/xslt/dossier/html.xsl";
    static final String DOSSIER_FO = "/xslt/dossier/fo.xsl";

    /** Reads a register of information systems (schema-validated, every element located). */
    public static LoadedRegister loadRegister(Path file) throws InputException {
        return RegisterLoader.load(file);
    }

    /** Binds a register to a regulation version: citations resolved, index built, checks run as of a day. */
    public static Binding bind(Regulation regulation, LoadedRegister register, LocalDate asOf) {
        return Binding.bind(regulation, register, new Binding.Options(asOf));
    }

    /** The day a register is judged on: the one asked for, else the register's own as-of date, else today. */
    public static LocalDate asOf(LocalDate requested, LoadedRegister register) {
        if (requested != null) {
            return requested;
        }
        String own = register.register().asOf;
        return own != null ? LocalDate.parse(own) : LocalDate.now();
    }

    /** Starts compiling a dossier stylesheet while the inputs load. */
    public static void prepareDossier(boolean pdf) {
        Stylesheets.preload(pdf ? DOSSIER_FO : DOSSIER_HTML);
    }

    /** The compliance dossier as one HTML page. */
    public static void dossierHtml(Binding binding, LocalDate asOf, OutputStream out) throws SaxonApiException {
        HtmlRenderer.renderDocument(dossierXml(binding, asOf), binding.register().file(), DOSSIER_HTML, out);
    }

    /** The compliance dossier as a PDF; returns FOP's warnings. */
    public static PdfRenderer.Result dossierPdf(Binding binding, LocalDate asOf, FontLocator.Request fonts, PdfProfile profile,
                                                OutputStream out) throws IOException, SaxonApiException, FOPException {
        return PdfRenderer.renderFo(dossierXml(binding, asOf), binding.register().file(), DOSSIER_FO,
                FontLocator.locate(fonts), profile, out);
    }

    private static org.w3c.dom.Document dossierXml(Binding binding, LocalDate asOf) {
        return DossierXml.build(binding, ProvisionAnnotator.annotate(binding.regulation()), asOf);
    }

    static final String COMPARISON_HTML = "/xslt/diff/html.xsl";
    static final String COMPARISON_FO = "/xslt/diff/fo.xsl";

    /** The structural difference of two versions. */
    public static RegulationDiff diff(Regulation oldVersion, Regulation newVersion) {
        return RegulationDiff.of(oldVersion, newVersion);
    }

    /** What a diff means for a register citing the old version. */
    public static Impact impact(RegulationDiff diff, LoadedRegister register) {
        return Impact.of(diff, register);
    }

    /** Starts compiling a 新旧対照表 stylesheet while the inputs load. */
    public static void prepareComparison(boolean pdf) {
        Stylesheets.preload(pdf ? COMPARISON_FO : COMPARISON_HTML);
    }

    /** The diff as JSON (impact may be null). */
    public static String diffJson(RegulationDiff diff, Impact impact) {
        return DiffJson.write(diff, impact);
    }


    /** References whose targets an amendment moved or removed. */
    public static List<ShiftedReferences.Shift> shiftedReferences(RegulationDiff diff) {
        return diff.shiftedReferences();
    }

    /** The diff as XML (the 新旧対照表's rows and the impact), the input of the comparison stylesheets. */
    public static org.w3c.dom.Document diffXml(RegulationDiff diff, Impact impact) {
        return ComparisonXml.build(diff, impact);
    }

    /** The 新旧対照表 as an HTML page. */
    public static void comparisonHtml(RegulationDiff diff, Impact impact, OutputStream out) throws SaxonApiException {
        HtmlRenderer.renderDocument(ComparisonXml.build(diff, impact), diff.newVersion().source(), COMPARISON_HTML, out);
    }

    /** The 新旧対照表 as a PDF. */
    public static PdfRenderer.Result comparisonPdf(RegulationDiff diff, Impact impact, FontLocator.Request fonts,
                                                   PdfProfile profile, OutputStream out)
            throws IOException, SaxonApiException, FOPException {
        return PdfRenderer.renderFo(ComparisonXml.build(diff, impact), diff.newVersion().source(), COMPARISON_FO,
                FontLocator.locate(fonts), profile, out);
    }

    /** Every reference in the regulation's text, resolved where it is internal. */
    public static List<Reference> references(Regulation regulation) {
        return References.find(regulation);
    }

    /** Every term the regulation defines. */
    public static List<DefinedTerm> terms(Regulation regulation) {
        return DefinedTerms.find(regulation);
    }

    /** A resolver of citations against this regulation. */
    public static CitationResolver citations(Regulation regulation) {
        return new CitationResolver(regulation);
    }
}
