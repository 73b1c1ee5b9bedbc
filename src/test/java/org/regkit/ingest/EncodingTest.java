package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regkit.TestFiles;
import org.regkit.io.InputException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** Every input encoding the importer accepts gives the same XML; undecodable input is an error. */
class EncodingTest {
    private static final String SEED = TestFiles.text(TestFiles.SEED_TEXT);
    private static final ImportOptions DETECT = new ImportOptions(null, "seed");

    private static byte[] importXml(byte[] bytes, ImportOptions options) throws InputException {
        return TextImporter.importText(bytes, "seed.txt", options).xml();
    }

    /** The XML, ignoring rk:Source (whose hash and encoding name differ by design). */
    private static void assertSameRegulation(byte[] expected, byte[] actual) {
        Diff d = DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace()
                .withNodeFilter(n -> !"Source".equals(n.getLocalName())).checkForIdentical().build();
        assertFalse(d.hasDifferences(), d::toString);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }

    @Test
    void windows31jCopyImportsToTheSameXml() throws Exception {
        byte[] utf8 = SEED.getBytes(StandardCharsets.UTF_8);
        byte[] sjis = SEED.getBytes(Charset.forName("windows-31j"));
        Imported r = TextImporter.importText(sjis, "seed-sjis.txt", DETECT);
        assertEquals("Windows-31J", r.encoding());
        assertSameRegulation(importXml(utf8, DETECT), r.xml());
    }

    @Test
    void utf8WithBomAndUtf16WithBomImportToTheSameXml() throws Exception {
        byte[] expected = importXml(SEED.getBytes(StandardCharsets.UTF_8), DETECT);
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SEED.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SEED.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SEED.getBytes(StandardCharsets.UTF_16BE));
        assertSameRegulation(expected, importXml(bom8, DETECT));
        assertSameRegulation(expected, importXml(le, DETECT));
        assertSameRegulation(expected, importXml(be, DETECT));
        assertEquals("UTF-16LE", TextImporter.importText(le, "x", DETECT).encoding());
    }

    @Test
    void namedEncodingIsUsed() throws Exception {
        byte[] sjis = SEED.getBytes(Charset.forName("windows-31j"));
        Imported r = TextImporter.importText(sjis, "x", new ImportOptions("Shift_JIS", "seed"));
        assertTrue(new String(r.xml(), StandardCharsets.UTF_8).contains("システム総括責任者"));
    }

    @Test
    void undecodableFileIsAnErrorNotMojibake() {
        byte[] latin1 = "○Règlement\n\ncafé crème\n".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> importXml(latin1, DETECT));
        assertTrue(e.isUnreadable());
        assertTrue(e.problems().get(0).message().contains("neither UTF-8 nor Windows-31J"), e.problems().get(0).message());
        assertEquals(1, e.problems().get(0).line());
    }

    @Test
    void wrongNamedEncodingNamesTheLine() {
        byte[] sjis = ("○題名\n令和６年５月30日\n" + "第１条　本文").getBytes(Charset.forName("windows-31j"));
        InputException e = assertThrows(InputException.class,
                () -> importXml(sjis, new ImportOptions("UTF-8", null)));
        assertTrue(e.problems().get(0).message().contains("cannot decode the file as UTF-8"));
        assertEquals(1, e.problems().get(0).line());
    }

    @Test
    void unknownEncodingNameIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> importXml(new byte[] {'a'}, new ImportOptions("no-such-charset", null)));
        assertTrue(e.problems().get(0).message().contains("unknown encoding"));
    }

    @Test
    void binaryContentIsAnError() {
        byte[] bin = "○題名\n\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> importXml(bin, DETECT));
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("control character"));
    }
}
