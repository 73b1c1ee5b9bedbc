package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.bench.GeneratedRegulation;
import org.regkit.model.Regulation;

/**
 * A generated law of 300 articles in chapters, with items, sub-items and cross-references, and
 * no promulgation date in its metadata (only in the Law element's attributes, as e-Gov has it),
 * goes out as text and as HTML and comes back the same, provision by provision.
 */
class LargeRoundTripTest {
    static final ImportOptions OPTIONS = new ImportOptions(null, "generated");

    @TempDir
    Path tmp;

    @Test
    void textAndHtmlRoundTripsKeepEveryProvision() throws Exception {
        Path xml = Files.writeString(tmp.resolve("generated.xml"), GeneratedRegulation.xml(300, 7, 2), StandardCharsets.UTF_8);
        Regulation original = Regkit.load(xml);
        assertTrue(original.all().size() > 1000, "a law of some size: " + original.all().size());

        byte[] text = Regkit.exportText(original).getBytes(StandardCharsets.UTF_8);
        assertTrue(new String(text, StandardCharsets.UTF_8).startsWith("生成された訓令（300条）\n令和７年４月１日\n"),
                "the date comes from the Law element when the metadata has none");
        Regulation fromText = Regkit.load(Files.write(tmp.resolve("from-text.xml"), TextImporter.importText(text, "g.txt", OPTIONS).xml()));

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        Regkit.renderHtml(original, java.time.LocalDate.now(), html);
        Regulation fromHtml = Regkit.load(Files.write(tmp.resolve("from-html.xml"),
                HtmlImporter.importHtml(html.toByteArray(), "g.html", OPTIONS).xml()));

        List<String> expected = provisions(original);
        assertEquals(expected, provisions(fromText));
        assertEquals(expected, provisions(fromHtml));
        assertTrue(Regkit.diff(original, fromHtml).same());
    }

    private static List<String> provisions(Regulation reg) {
        return reg.all().stream().map(p -> p.id() + " " + p.title() + " " + p.text()).toList();
    }
}
