package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;

/**
 * The rendered pages checked by the Nu Html Checker (vnu.jar, the W3C's validator). {@code ./regkit test}
 * installs it under .ci/tools and requires it (REGKIT_REQUIRE_TOOLS); a bare {@code mvn test} without
 * it skips this test, or set -Dregkit.vnu=/path/to/vnu.jar.
 */
class Html5ValidityTest {
    static Path vnu() {
        String configured = System.getProperty("regkit.vnu");
        Path p = configured != null ? Path.of(configured)
                : Path.of(".ci/tools/node_modules/vnu-jar/build/dist/vnu.jar");
        return Files.exists(p) ? p : null;
    }

    @Test
    void renderedPagesAreValidHtml5(@TempDir Path tmp) throws Exception {
        Path vnu = vnu();
        if (vnu == null && System.getenv("REGKIT_REQUIRE_TOOLS") != null) {
            org.junit.jupiter.api.Assertions.fail("vnu.jar is missing: ./regkit test installs it under .ci/tools");
        }
        assumeTrue(vnu != null, "vnu.jar not installed (./regkit test installs it)");
        List<String> pages = new ArrayList<>();
        Path seed = tmp.resolve("seed.html");
        Files.write(seed, Rendered.html(Regkit.load(TestFiles.SEED_XML)));
        pages.add(seed.toString());
        Path dossier = tmp.resolve("dossier.html");
        try (var out = Files.newOutputStream(dossier)) {
            var reg = Regkit.load(TestFiles.SEED_XML);
            var loaded = Regkit.loadRegister(TestFiles.SEED_DIR.resolve("register.xml"));
            Regkit.dossierHtml(Regkit.bind(reg, loaded, java.time.LocalDate.of(2025, 3, 31)), java.time.LocalDate.of(2025, 3, 31), out);
        }
        pages.add(dossier.toString());
        Path comparison = tmp.resolve("comparison.html");
        try (var out = Files.newOutputStream(comparison)) {
            var diff = Regkit.diff(Regkit.load(TestFiles.SEED_XML), Regkit.load(TestFiles.SEED_DIR.resolve("2025-04-01.xml")));
            Regkit.comparisonHtml(diff, Regkit.impact(diff, Regkit.loadRegister(TestFiles.SEED_DIR.resolve("register.xml"))), out);
        }
        pages.add(comparison.toString());
        Path amendment = tmp.resolve("amendment.html");
        try (var out = Files.newOutputStream(amendment)) {
            var diff = Regkit.diff(Regkit.load(TestFiles.SEED_XML), Regkit.load(TestFiles.SEED_DIR.resolve("2025-04-01.xml")));
            Regkit.amendmentHtml(Regkit.amendment(diff), "警察本部長", out);
        }
        pages.add(amendment.toString());
        Path sink = tmp.resolve("kitchen-sink.html");
        Files.write(sink, Rendered.html(Regkit.load(StylesheetCoverageTest.KITCHEN_SINK)));
        pages.add(sink.toString());
        for (String fixture : List.of("security-rules", "national-style")) {
            Path text = TestFiles.resource("ingest/" + fixture + ".txt");
            Path xml = tmp.resolve(fixture + ".xml");
            Files.write(xml, Regkit.importText(TestFiles.bytes(text), text.toString(),
                    new org.regkit.ingest.ImportOptions(null, null)).xml());
            Path html = tmp.resolve(fixture + ".html");
            Files.write(html, Rendered.html(Regkit.load(xml)));
            pages.add(html.toString());
        }
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", vnu.toString(), "--errors-only"));
        cmd.addAll(pages);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), report);
        assertEquals("", report.strip());
    }
}
