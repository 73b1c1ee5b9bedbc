package org.regkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's scale figures: every command on a generated law the size of the Civil Code (~1,400
 * articles, ~1.6 MB), each as a cold process with -Xmx512m, wall time and peak memory.
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
                new String[] {"diff (json)", "diff", a.toString(), b.toString(), "-o", DIR.resolve("civil-diff.json").toString()});
        StringBuilder table = new StringBuilder("| command | wall (cold, -Xmx512m) | peak RSS |\n|---|---|---|\n");
        for (String[] run : runs) {
            List<String> cmd = new ArrayList<>(List.of(ColdRun.java(), "-Xmx512m", "-jar", "target/regkit.jar"));
            cmd.addAll(List.of(run).subList(1, run.length));
            ColdRun r = ColdRun.of(cmd);
            table.append(String.format("| %s | %.2f s%s | %,d MB |%n", run[0], r.seconds(),
                    r.exitCode() > 1 ? " (exit " + r.exitCode() + ")" : "", r.peakKb() / 1024));
        }
        table.append(String.format("%nGenerated law: 1,400 articles, %,d KB; the amended version has 50 scattered changes. %d cores.%n",
                Files.size(a) / 1024, Runtime.getRuntime().availableProcessors()));
        Files.writeString(DIR.resolve("scale.md"), table);
        System.out.println(table);
    }
}
