package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/** PDF/A checked by veraPDF, the reference validator, for every profile regkit writes and for the dossier. */
class PdfaComplianceTest {
    @Test
    void everyProfileIsCompliant() throws Exception {
        Regulation seed = Regkit.load(TestFiles.SEED_XML);
        for (var c : new Object[][] {{PdfProfile.PDFA_2B, "2b"}, {PdfProfile.PDFA_2A, "2a"}, {PdfProfile.PDFA_3B, "3b"}}) {
            assertEquals(Map.of(), VeraPdf.failures(Rendered.pdf(seed, (PdfProfile) c[0]), (String) c[1]), "PDF/A-" + c[1]);
        }
        // the validator is live: a plain PDF is not PDF/A
        org.junit.jupiter.api.Assertions.assertFalse(VeraPdf.failures(Rendered.pdf(seed, PdfProfile.NONE), "2b").isEmpty());
    }

    @Test
    void theDossierIsCompliant() throws Exception {
        Regulation seed = Regkit.load(TestFiles.SEED_XML);
        var loaded = Regkit.loadRegister(TestFiles.SEED_DIR.resolve("register.xml"));
        LocalDate day = LocalDate.of(2025, 3, 31);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(java.util.List.of(), Regkit.dossierPdf(Regkit.bind(seed, loaded, day), day, PdfOptions.DEFAULT, out));
        assertEquals(Map.of(), VeraPdf.failures(out.toByteArray(), "2b"));
    }

    @Test
    void theAmendingRuleIsCompliant() throws Exception {
        Regulation[] both = Regkit.loadBoth(TestFiles.SEED_XML, TestFiles.SEED_DIR.resolve("2025-04-01.xml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.amendmentPdf(Regkit.amendment(Regkit.diff(both[0], both[1])), "警察本部長", PdfOptions.DEFAULT, out);
        assertEquals(Map.of(), VeraPdf.failures(out.toByteArray(), "2b"));
    }

    @Test
    void theComparisonIsCompliant() throws Exception {
        Regulation[] both = Regkit.loadBoth(TestFiles.SEED_XML, TestFiles.SEED_DIR.resolve("2025-04-01.xml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonPdf(Regkit.diff(both[0], both[1]), null, PdfOptions.DEFAULT, out);
        assertEquals(Map.of(), VeraPdf.failures(out.toByteArray(), "2b"));
    }
}
