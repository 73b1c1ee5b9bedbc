package org.regkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's scale figures: every command on a generated law the size of the Civil Code (~1,400
 * articles, ~1.5 MB), each as a cold process with -Xmx512m, wall time and peak memory; run the
 * way users run it (the {@code regkit} launcher, which picks the JIT for the command) and as a bare
 * {@code java -jar}; next to the baselines the issue names (a bare JAXP validation, XMLUnit's
 * DiffBuilder), each also a whole process.
 */
@Tag("bench")
class ScaleBenchmark {
    static final Path DIR = Path.of("target/bench");

    @Test
    void everyCommandOnACivilCodeSizeLaw() throws Exception {
        Files.createDirectories(DIR);
        String xml = GeneratedRegulation.xml(1400, 11, 2);
        Path a = Files.writeString(DIR.resolve("civil-size.xml"), xml, StandardCharsets.UTF_8);
        Path b = Files.writeString(DIR.resolve("civil-size-amended.xml"), GeneratedRegulation.amended(xml, 50), StandardCharsets.UTF_8);
        List<String[]> runs = List.of(
                new String[] {"validate", "validate", a.toString()},
                new String[] {"render html", "render", a.toString(), "--format", "html", "-o", DIR.resolve("civil.html").toString()},
                new String[] {"render pdf", "render", a.toString(), "--format", "pdf", "-o", DIR.resolve("civil.pdf").toString()},
                new String[] {"cite", "cite", a.toString(), "第１２００条第１項"},
                new String[] {"refs", "refs", a.toString()},
                new String[] {"diff (json)", "diff", a.toString(), b.toString(), "-o", DIR.resolve("civil-diff.json").toString()},
                new String[] {"export egov", "export", "egov", a.toString(), "-o", DIR.resolve("civil-egov.xml").toString()},
                new String[] {"import egov", "import", "egov", DIR.resolve("civil-egov.xml").toString(), "-o",
                        DIR.resolve("civil-from-egov.xml").toString()},
                new String[] {"export text", "export", "text", a.toString(), "-o", DIR.resolve("civil.txt").toString()},
                new String[] {"import text", "import", "text", DIR.resolve("civil.txt").toString(), "-o",
                        DIR.resolve("civil-from-text.xml").toString()},
                new String[] {"import html", "import", "html", DIR.resolve("civil.html").toString(), "-o",
                        DIR.resolve("civil-from-html.xml").toString()});
        // one untimed run first: the JVMs stay cold, but the jar and its libraries are read from disk
        // as on any machine where regkit has run before, not from the bench's own fresh build
        ColdRun.of(List.of("./regkit", "validate", a.toString()), Map.of());
        StringBuilder table = new StringBuilder("| command | ./regkit (cold, -Xmx512m) | peak RSS | java -jar (cold, -Xmx512m) | peak RSS |\n"
                + "|---|---|---|---|---|\n");
        for (String[] run : runs) {
            List<String> args = new ArrayList<>(List.of(run).subList(1, run.length));
            if (List.of("render", "diff").contains(run[1])) {
                args.add("-q"); // no progress line
            }
            List<String> launcher = new ArrayList<>(List.of("./regkit"));
            launcher.addAll(args);
            ColdRun viaLauncher = median(launcher, Map.of("REGKIT_JAVA_OPTS", "-Xmx512m"));
            List<String> bare = new ArrayList<>(List.of(ColdRun.java(), "-Xmx512m", "-jar", "target/regkit.jar"));
            bare.addAll(args);
            ColdRun viaJava = median(bare, Map.of());
            table.append(String.format("| %s | %s | %,d MB | %s | %,d MB |%n", run[0], seconds(viaLauncher), viaLauncher.peakKb() / 1024,
                    seconds(viaJava), viaJava.peakKb() / 1024));
        }
        String cp = System.getProperty("java.class.path");
        ColdRun jaxp = median(List.of(ColdRun.java(), "-Xmx512m", "-cp", cp, Baselines.class.getName(), "validate",
                "schema/regulation.xsd", a.toString()), Map.of());
        ColdRun xmlunit = median(List.of(ColdRun.java(), "-Xmx512m", "-cp", cp, Baselines.class.getName(), "diff",
                a.toString(), b.toString()), Map.of());
        table.append(String.format("| baseline: bare JAXP validation | | | %s | %,d MB |%n", seconds(jaxp), jaxp.peakKb() / 1024));
        table.append(String.format("| baseline: XMLUnit DiffBuilder (raw differences only) | | | %s | %,d MB |%n",
                seconds(xmlunit), xmlunit.peakKb() / 1024));
        table.append(String.format("%nGenerated law: 1,400 articles, %,d KB; the amended version has 50 scattered changes. %d cores. "
                        + "Median of 3 runs each, after one untimed run. Goals: validate < 1 s, render html < 4 s, render pdf < 40 s, diff < 1.5 s.%n",
                Files.size(a) / 1024, Runtime.getRuntime().availableProcessors()));
        Files.writeString(DIR.resolve("scale.md"), table);
        System.out.println(table);
    }

    /** The median of three runs by wall time (diff exits 1 when the versions differ: not a failure). */
    private static ColdRun median(List<String> command, Map<String, String> env) throws Exception {
        return ColdRun.median(3, command, env, Integer.MAX_VALUE);
    }

    private static String seconds(ColdRun r) {
        return String.format("%.2f s%s", r.seconds(), r.exitCode() > 1 ? " (exit " + r.exitCode() + ")" : "");
    }
}
