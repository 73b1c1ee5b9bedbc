package org.regkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regkit.render.FontLocator;
import org.regkit.render.FopFactories;

/**
 * Issue 3's figures: cold {@code regkit render --format pdf} (wall time, peak memory) on the seed
 * and on a generated 2,000-article regulation with -Xmx512m, against FOP alone rendering the same
 * XSL-FO with the same configuration in the same run. Run with {@code mvn -Pbench verify}; the
 * table goes to stdout and target/bench/render.md.
 */
@Tag("bench")
class RenderBenchmark {
    static final Path DIR = Path.of("target/bench");
    static final int RUNS = Integer.getInteger("bench.runs", 3);

    @Test
    void renderPdfColdAgainstFopAlone() throws Exception {
        Files.createDirectories(DIR);
        Path seed = Path.of("regulations/saitama-police-info-systems/2024-06-01.xml");
        Path big = DIR.resolve("generated-2000.xml");
        Files.writeString(big, GeneratedRegulation.xml(2000, 42), StandardCharsets.UTF_8);
        Path conf = DIR.resolve("fop.xconf");
        Files.writeString(conf, FopFactories.configuration(FontLocator.locate(FontLocator.Request.DEFAULT)));

        List<String> rows = new ArrayList<>();
        rows.add("| input | size | regkit render pdf (cold) | peak RSS | FOP alone on the same FO | peak RSS | ratio |");
        rows.add("|---|---|---|---|---|---|---|");
        for (Path in : List.of(seed, big)) {
            String name = in.getFileName().toString().replace(".xml", "");
            Path fo = DIR.resolve(name + ".fo");
            ColdRun.of(regkit("render", in.toString(), "--format", "fo", "-o", fo.toString()));
            ColdRun ours = ColdRun.median(RUNS, regkit("render", in.toString(), "--format", "pdf", "-o",
                    DIR.resolve(name + ".pdf").toString()));
            ColdRun fop = ColdRun.median(RUNS, List.of(ColdRun.java(), "-Xmx512m", "-cp", "target/lib/*",
                    "org.apache.fop.cli.Main", "-q", "-c", conf.toString(), "-fo", fo.toString(), "-pdf",
                    DIR.resolve(name + ".fop.pdf").toString()));
            rows.add(String.format("| %s | %,d KB | %.2f s | %,d MB | %.2f s | %,d MB | %.2f× |", name,
                    Files.size(in) / 1024, ours.seconds(), ours.peakKb() / 1024, fop.seconds(), fop.peakKb() / 1024,
                    ours.seconds() / fop.seconds()));
        }
        String table = String.join("\n", rows) + "\n\nGoals: seed < 2.5 s; 2,000 articles < 15 s with -Xmx512m; "
                + "regkit ≤ 1.3× FOP alone. Median of " + RUNS + " cold runs each, " + Runtime.getRuntime().availableProcessors()
                + " cores.\n";
        Files.writeString(DIR.resolve("render.md"), table);
        System.out.println(table);
    }

    static List<String> regkit(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ColdRun.java(), "-Xmx512m", "-jar", "target/regkit.jar"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
