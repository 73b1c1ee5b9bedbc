package org.regkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.render.FontLocator;
import org.regkit.render.PdfProfile;

/** The 新旧対照表 as the official style has it. */
class ComparisonTableTest {
    @Test
    void htmlShowsBothColumnsUnderlinesPlaceholdersAndOmissions() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.amended());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.matches("(?s).*<th>改正後</th>\\s*<th>改正前</th>.*"), "改正後 left, 改正前 right");
        assertTrue(html.contains("（傍線部分は改正部分）"));
        assertTrue(html.contains("（令和７年３月25日警察本部訓令第８号）"), "amendment number at the top");
        assertTrue(html.contains("置き、<span class=\"u\">警務部長</span>をもって"), "new text underlined on the left");
        assertTrue(html.contains("置き、<span class=\"u\">総務部長</span>をもって"), "old text underlined on the right");
        assertTrue(html.contains("<p class=\"placeholder\">（新設）</p>"), "new provisions face （新設）");
        assertTrue(html.contains("<td>略</td>"), "unchanged runs of articles as 略");
        assertTrue(html.contains("<span class=\"u\">(9)</span>　埼玉県警察ＷＡＮシステム"), "a renumbering underlines only the number");
        assertTrue(html.contains("第７条　<span class=\"u\">削除</span>"), "削除 underlined");
    }

    @Test
    void removedArticlesFaceTheWordKezuru() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.variant(java.nio.file.Files.createTempDirectory("cmp"), "v.xml",
                Versions.withArticle6Removed()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, null, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<p class=\"placeholder\">（削る）</p>"));
    }

    @Test
    void pdfHoldsTheTableAndTheImpact() throws Exception {
        var diff = Regkit.diff(Versions.seed(), Versions.amended());
        var impact = Regkit.impact(diff, Regkit.loadRegister(ImpactTest.REGISTER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = Regkit.comparisonPdf(diff, impact, FontLocator.Request.DEFAULT, PdfProfile.PDFA_2B, out);
        assertEquals(java.util.List.of(), result.warnings());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", "");
            for (String s : new String[] {"新旧対照表", "改正後", "改正前", "（傍線部分は改正部分）", "（新設）", "略", "警務部長", "総務部長",
                    "台帳への影響", "移行（繰上げ・繰下げ）", "要確認（文言の改正）", "第３条の２"}) {
                assertTrue(text.contains(s), s);
            }
        }
    }
}
