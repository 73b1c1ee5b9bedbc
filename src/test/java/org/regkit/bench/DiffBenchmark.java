package org.regkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.diff.RegulationDiff;
import org.regkit.model.Regulation;
import org.regkit.xml.XmlLoader;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;

/**
 * Issue 5's figures, in one JVM: a generated pair of 2,000-article versions with 50 scattered
 * changes (text edits, inserted 第N条の２, deletions in place). Our diff against parsing both files,
 * and against XMLUnit's DiffBuilder with an element selector on Num, side by side (best of 7 after
 * warm-up).
 */
@Tag("bench")
class DiffBenchmark {
    static final Path DIR = Path.of("target/bench");

    @Test
    void diffOfTwoThousandArticlesWithFiftyChanges() throws Exception {
        Files.createDirectories(DIR);
        String oldXml = GeneratedRegulation.xml(2000, 42);
        String newXml = GeneratedRegulation.amended(oldXml, 50);
        Path a = Files.writeString(DIR.resolve("diff-old.xml"), oldXml, StandardCharsets.UTF_8);
        Path b = Files.writeString(DIR.resolve("diff-new.xml"), newXml, StandardCharsets.UTF_8);
        byte[] ba = Files.readAllBytes(a);
        byte[] bb = Files.readAllBytes(b);

        double parseOnly = best(() -> {
            try {
                new XmlLoader(null).load(ba, "a");
                new XmlLoader(null).load(bb, "b");
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double load = best(() -> {
            try {
                Regkit.load(a);
                Regkit.load(b);
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Regulation ra = Regkit.load(a);
        Regulation rb = Regkit.load(b);
        int[] changes = new int[1];
        double diff = best(() -> {
            RegulationDiff d = Regkit.diff(ra, rb);
            changes[0] = d.changes().size();
            return null;
        });
        int[] raw = new int[1];
        double xmlunit = best(() -> {
            var d = DiffBuilder.compare(ba).withTest(bb)
                    .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("Num")))
                    .ignoreWhitespace().checkForSimilar().build();
            int n = 0;
            for (var x : d.getDifferences()) {
                n++;
            }
            raw[0] = n;
            return null;
        });
        String table = String.format("""
                | pair | parse both (XML only) | load both (parse + validate + model) | regkit diff | diff / XML parse | diff / load | XMLUnit DiffBuilder (Num selector) |
                |---|---|---|---|---|---|---|
                | 2 × 2,000 articles (%,d KB each), 50 changes | %.0f ms | %.0f ms | %.0f ms (%d changes) | %.2f× | %.2f× | %.0f ms (%,d raw differences) |

                Goals: diff ≤ 3× parsing both, and faster than XMLUnit. Best of 7 in one warm JVM, %d cores.
                """, ba.length / 1024, parseOnly, load, diff, changes[0], diff / parseOnly, diff / load, xmlunit, raw[0],
                Runtime.getRuntime().availableProcessors());
        Files.writeString(DIR.resolve("diff.md"), table);
        System.out.println(table);
    }

    static double best(Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }
}
