package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

class RenderCommandTest {
    @TempDir
    Path tmp;

    @Test
    void rendersHtmlPdfAndFo() throws Exception {
        for (String format : new String[] {"html", "pdf", "fo"}) {
            Path out = tmp.resolve("seed." + format);
            Cli r = Cli.run("render", TestFiles.SEED_XML.toString(), "--format", format, "-o", out.toString());
            assertEquals(ExitCode.OK, r.code(), r.err());
            assertEquals("", r.err(), "no console noise from FOP or Saxon");
            assertTrue(Files.size(out) > 1000, format);
        }
        assertTrue(new String(Files.readAllBytes(tmp.resolve("seed.pdf")), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        assertTrue(Files.readString(tmp.resolve("seed.fo")).contains("<fo:root"));
    }

    @Test
    void unknownProfileIsAUsageError() {
        Cli r = Cli.run("render", TestFiles.SEED_XML.toString(), "--format", "pdf", "--pdf-profile", "pdfa-1b",
                "-o", tmp.resolve("x.pdf").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("unknown PDF profile"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.pdf")));
    }

    @Test
    void missingFontIsAnIoErrorAndNoOutputIsLeft() throws Exception {
        Path out = tmp.resolve("x.pdf");
        Cli r = Cli.run("render", TestFiles.SEED_XML.toString(), "--format", "pdf", "--font",
                tmp.resolve("nope.ttf").toString(), "-o", out.toString());
        assertEquals(ExitCode.IO, r.code());
        assertTrue(r.err().contains("font file not found"), r.err());
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "neither output nor temporary file");
        }
    }

    @Test
    void invalidRegulationIsNotRendered() {
        Path bad = TestFiles.write(tmp, "bad.xml", TestFiles.text(TestFiles.SEED_XML).replace("<Item Num=\"5\">", "<Item Num=\"5\"><Unknown/>"));
        Cli r = Cli.run("render", bad.toString(), "--format", "html", "-o", tmp.resolve("x.html").toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("bad.xml:"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.html")));
    }
}
