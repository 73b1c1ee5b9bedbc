package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/**
 * PDF/A checked by veraPDF, the reference validator, through the shared tool beside the checkout
 * ({@code ../shared/tools/verapdf/check}); skipped where that tool is absent.
 */
class PdfaComplianceTest {
    static final Path CHECK = Path.of("../shared/tools/verapdf/check");

    @Test
    void everyProfileIsCompliant(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHECK), "veraPDF tool not available");
        Regulation seed = Regkit.load(TestFiles.SEED_XML);
        StringBuilder report = new StringBuilder();
        for (var c : new Object[][] {{PdfProfile.PDFA_2B, "2b"}, {PdfProfile.PDFA_2A, "2a"}, {PdfProfile.PDFA_3B, "3b"}}) {
            Path pdf = tmp.resolve(c[1] + ".pdf");
            Files.write(pdf, Rendered.pdf(seed, (PdfProfile) c[0]));
            Process p = new ProcessBuilder("bash", CHECK.toString(), (String) c[1], pdf.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            report.append(out);
            assertTrue(out.contains("compliant=true"), out);
        }
        assertTrue(report.toString().contains("[2a] compliant=true"), report.toString());
        Path dossier = tmp.resolve("dossier.pdf");
        try (var out = Files.newOutputStream(dossier)) {
            var loaded = Regkit.loadRegister(TestFiles.SEED_DIR.resolve("register.xml"));
            var day = java.time.LocalDate.of(2025, 3, 31);
            Regkit.dossierPdf(Regkit.bind(seed, loaded, day), day, new org.regkit.render.PdfOptions(FontLocator.Request.DEFAULT, PdfProfile.PDFA_2B), out);
        }
        Process p = new ProcessBuilder("bash", CHECK.toString(), "2b", dossier.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertTrue(out.contains("compliant=true"), "dossier: " + out);
    }
}
