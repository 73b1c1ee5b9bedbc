package org.regkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's figure: generating and applying the amending rule of a Civil-Code-size pair (1,400
 * articles, 1.4 MB) with 50 scattered changes (字句, 条の２ added, 削除), each a cold process
 * through the launcher at -Xmx512m, median of three after one untimed run; goal < 2 s each. The
 * rule generated must apply back to the amended version. Table in target/bench/amend.md.
 */
@Tag("bench")
class AmendBenchmark {
    static final Path DIR = Path.of("target/bench");

    @Test
    void generateAndApplyOnACivilCodeSizePair() throws Exception {
        Files.createDirectories(DIR);
        String xml = GeneratedRegulation.xml(1400, 11, 2);
        Path older = Files.writeString(DIR.resolve("amend-old.xml"), xml, StandardCharsets.UTF_8);
        Path newer = Files.writeString(DIR.resolve("amend-new.xml"), GeneratedRegulation.amended(xml, 50), StandardCharsets.UTF_8);
        Path rule = DIR.resolve("amend-rule.txt");
        Path applied = DIR.resolve("amend-applied.xml");
        Map<String, String> env = Map.of("REGKIT_JAVA_OPTS", "-Xmx512m");
        ColdRun.of(List.of("./regkit", "validate", older.toString()), Map.of()); // the jar and libraries read once from disk
        ColdRun generate = median(List.of("./regkit", "amend", "generate", older.toString(), newer.toString(), "-o", rule.toString()), env);
        ColdRun apply = median(List.of("./regkit", "amend", "apply", older.toString(), rule.toString(), "-o", applied.toString()), env);
        assertEquals(0, generate.exitCode(), generate.stderr());
        assertEquals(0, apply.exitCode(), apply.stderr());
        assertEquals(0, ColdRun.of(List.of("./regkit", "diff", newer.toString(), applied.toString(), "-q", "-o",
                DIR.resolve("amend-check.json").toString()), Map.of()).exitCode(), "the rule applied gives the amended version back");
        long sentences = Files.readAllLines(rule).stream().filter(l -> l.endsWith("。") && !l.contains("施行")).count();
        String table = String.format("| operation | cold, -Xmx512m | peak RSS | goal |%n|---|---|---|---|%n"
                        + "| amend generate | %.2f s | %,d MB | < 2 s |%n| amend apply | %.2f s | %,d MB | < 2 s |%n%n"
                        + "Pair: %,d KB and %,d KB, 1,400 articles, 50 changes; the rule has %d sentences. %d cores.%n",
                generate.seconds(), generate.peakKb() / 1024, apply.seconds(), apply.peakKb() / 1024,
                Files.size(older) / 1024, Files.size(newer) / 1024, sentences, Runtime.getRuntime().availableProcessors());
        Files.writeString(DIR.resolve("amend.md"), table);
        System.out.println(table);
    }

    private static ColdRun median(List<String> command, Map<String, String> env) throws Exception {
        return ColdRun.median(3, command, env, Integer.MAX_VALUE);
    }
}
