package org.regkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;

/**
 * Issue 4's figures: a generated register of 5,000 systems × 5 citations against the seed:
 * binding in one JVM (warm and first run) and as a cold {@code regkit bind}; the dossier PDF as a
 * cold {@code regkit dossier} with -Xmx1g.
 */
@Tag("bench")
class DossierBenchmark {
    static final Path DIR = Path.of("target/bench");
    static final String SEED = "regulations/saitama-police-info-systems/2024-06-01.xml";

    @Test
    void bindAndDossierOfFiveThousandSystems() throws Exception {
        Files.createDirectories(DIR);
        Path register = DIR.resolve("register-5000.xml");
        Files.writeString(register, GeneratedRegister.xml(5000, 7), StandardCharsets.UTF_8);

        var reg = Regkit.load(Path.of(SEED));
        var day = java.time.LocalDate.of(2025, 3, 31);
        long t0 = System.nanoTime();
        var first = Regkit.bind(reg, Regkit.loadRegister(register), day);
        double firstRun = (System.nanoTime() - t0) / 1e9;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Regkit.bind(reg, Regkit.loadRegister(register), day);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        ColdRun bind = ColdRun.median(3, cmd("-Xmx1g", "bind", "--regulation", SEED, "--register", register.toString()));
        ColdRun dossier = ColdRun.median(1, cmd("-Xmx1g", "dossier", "--regulation", SEED, "--register", register.toString(),
                "--format", "pdf", "-o", DIR.resolve("dossier-5000.pdf").toString()));
        ColdRun html = ColdRun.median(1, cmd("-Xmx1g", "dossier", "--regulation", SEED, "--register", register.toString(),
                "--format", "html", "-o", DIR.resolve("dossier-5000.html").toString()));
        String table = String.format("""
                | register | citations | bind (in JVM, first / best of 5; load + resolve + checks) | regkit bind (cold process) | dossier PDF (cold, -Xmx1g) | peak RSS | dossier HTML (cold) |
                |---|---|---|---|---|---|---|
                | 5,000 systems (%,d KB) | %,d | %.2f s / %.2f s | %.2f s | %.1f s | %,d MB | %.1f s |

                Goals: bind < 2 s; dossier PDF < 90 s with -Xmx1g. %d cores.
                """, Files.size(register) / 1024, first.cites().size(), firstRun, best, bind.seconds(), dossier.seconds(),
                dossier.peakKb() / 1024, html.seconds(), Runtime.getRuntime().availableProcessors());
        Files.writeString(DIR.resolve("dossier.md"), table);
        System.out.println(table);
    }

    static List<String> cmd(String heap, String... args) {
        List<String> c = new ArrayList<>(List.of(ColdRun.java(), heap, "-jar", "target/regkit.jar"));
        c.addAll(List.of(args));
        return c;
    }
}
