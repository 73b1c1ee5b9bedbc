package org.regkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regkit.render.FontLocator;
import org.regkit.render.FopFactories;

/**
 * Issue 11's figures on a real law: two versions of the Civil Code as e-Gov publishes them
 * ({@code -Dregkit.law=OLD.xml,NEW.xml}, from a bulk-data archive, never committed), each command a
 * cold process run as users run it (the launcher), side by side in one run with what it is measured
 * against: a bare JAXP validation process, an XMLUnit DiffBuilder process, and FOP's own command line
 * rendering the XSL-FO regkit writes for the seed, with the same fonts. Median of
 * {@code -Dbench.runs} (3) runs each, after one untimed run; regkit and its baseline run in turn, so
 * that the machine's own drift weighs on both. Table in target/bench/real-law.md.
 */
@Tag("bench")
class RealLawBenchmark {
    static final Path DIR = Path.of("target/bench");
    static final int RUNS = Integer.getInteger("bench.runs", 3);

    @Test
    void theCivilCodeAndTheSeedAgainstTheirBaselines() throws Exception {
        String law = System.getProperty("regkit.law");
        Assumptions.assumeTrue(law != null && law.contains(","), "-Dregkit.law=OLD.xml,NEW.xml names two versions of a real law");
        Path older = Path.of(law.split(",")[0]);
        Path newer = Path.of(law.split(",")[1]);
        Files.createDirectories(DIR);
        String cp = System.getProperty("java.class.path");
        Map<String, String> small = Map.of("REGKIT_JAVA_OPTS", "-Xmx512m");
        ColdRun.of(List.of("./regkit", "validate", newer.toString()), Map.of()); // the jar and libraries read once from disk

        List<String> rows = new ArrayList<>();
        rows.add("| measure | regkit | baseline | ratio | goal |");
        rows.add("|---|---|---|---|---|");
        ColdRun[] validate = side(new ColdRun.Command(List.of("./regkit", "validate", newer.toString()), small),
                new ColdRun.Command(List.of(ColdRun.java(), "-Xmx512m", "-cp", cp, Baselines.class.getName(), "validate",
                        "schema/regulation.xsd", newer.toString()), Map.of()));
        rows.add(row("validate vs a bare JAXP validation process", validate[0], validate[1], "≤ 1.3×"));
        ColdRun[] diff = side(new ColdRun.Command(List.of("./regkit", "diff", older.toString(), newer.toString(), "-q", "-o",
                DIR.resolve("real-diff.json").toString()), small),
                new ColdRun.Command(List.of(ColdRun.java(), "-Xmx512m", "-cp", cp, Baselines.class.getName(), "diff",
                        older.toString(), newer.toString()), Map.of()));
        rows.add(row("diff of the two versions vs an XMLUnit DiffBuilder process", diff[0], diff[1], "≤ 0.5× (2× faster)"));
        ColdRun html = median(List.of("./regkit", "render", newer.toString(), "--format", "html", "-q", "-o",
                DIR.resolve("real.html").toString()), small);
        rows.add(String.format("| render html | %.2f s (%,d MB) | | | < 4 s |", html.seconds(), html.peakKb() / 1024));
        ColdRun pdf = median(List.of("./regkit", "render", newer.toString(), "--format", "pdf", "-q", "-o",
                DIR.resolve("real.pdf").toString()), small);
        rows.add(String.format("| render pdf at -Xmx512m | %.2f s (%,d MB) | | | < 40 s |", pdf.seconds(), pdf.peakKb() / 1024));

        Path seed = Path.of("regulations/saitama-police-info-systems/2024-06-01.xml");
        Path fo = DIR.resolve("seed.fo");
        Path conf = DIR.resolve("fop.xconf");
        Files.writeString(conf, FopFactories.configuration(FontLocator.locate(FontLocator.Request.DEFAULT)));
        ColdRun.of(List.of("./regkit", "render", seed.toString(), "--format", "fo", "-o", fo.toString()), Map.of());
        ColdRun[] seedPdf = side(new ColdRun.Command(List.of("./regkit", "render", seed.toString(), "--format", "pdf", "-q", "-o",
                DIR.resolve("seed.pdf").toString()), small),
                new ColdRun.Command(List.of(ColdRun.java(), "-Xmx512m", "-cp", "target/lib/*", "org.apache.fop.cli.Main", "-q", "-c",
                        conf.toString(), "-fo", fo.toString(), "-pdf", DIR.resolve("seed.fop.pdf").toString()), Map.of()));
        rows.add(row("render pdf of the seed vs FOP's command line on regkit's FO (same fonts)", seedPdf[0], seedPdf[1], "≤ 1.3×"));
        String table = String.join("\n", rows) + String.format("%n%nLaw: %s (%,d KB) and %s (%,d KB). Cold processes, median of %d "
                + "after one untimed run (regkit and its baseline in turn), %d cores; regkit through its launcher with -Xmx512m.%n", older.getFileName(), Files.size(older) / 1024,
                newer.getFileName(), Files.size(newer) / 1024, RUNS, Runtime.getRuntime().availableProcessors());
        Files.writeString(DIR.resolve("real-law.md"), table);
        System.out.println(table);
    }

    private static String row(String what, ColdRun ours, ColdRun baseline, String goal) {
        return String.format("| %s | %.2f s (%,d MB) | %.2f s (%,d MB) | %.2f× | %s |", what, ours.seconds(), ours.peakKb() / 1024,
                baseline.seconds(), baseline.peakKb() / 1024, ours.seconds() / baseline.seconds(), goal);
    }

    /** The median of RUNS runs by wall time (diff exits 1 when the versions differ: not a failure). */
    private static ColdRun median(List<String> command, Map<String, String> env) throws Exception {
        return ColdRun.median(RUNS, command, env, 1);
    }

    /** regkit and its baseline, run in turn RUNS times each: their medians. */
    private static ColdRun[] side(ColdRun.Command regkit, ColdRun.Command baseline) throws Exception {
        return ColdRun.medians(RUNS, 1, regkit, baseline);
    }
}
