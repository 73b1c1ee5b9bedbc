package org.regkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;

/** Malformed bytes, characters XML cannot hold, and unbounded work: refused where they enter, with their place. */
class HostileInputTest {
    static final String SEED = TestFiles.text(TestFiles.SEED_XML);

    @TempDir
    Path tmp;

    /** Every command that reads the file refuses it the same way: exit 3, one line with its place, no output. */
    private void refusedEverywhere(Path file, String expected) throws Exception {
        Path out = tmp.resolve("out");
        for (List<String> args : List.of(List.of("validate", file.toString()), List.of("render", file.toString(), "--format", "html", "-o",
                out.toString()), List.of("export", "egov", file.toString(), "-o", out.toString()), List.of("import", "egov", file.toString(),
                "-o", out.toString()))) {
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCode.IO, r.code(), args + ": " + r.err());
            assertTrue(r.err().contains(file + ":") && r.err().contains(expected), args + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(Files.exists(out), "no output");
        }
    }

    @Test
    void bytesTheDeclaredEncodingCannotReadAreAnError() throws Exception {
        Charset sjis = Charset.forName("windows-31j");
        String declared = SEED.replaceFirst("encoding=\"UTF-8\"", "encoding=\"Shift_JIS\"");
        byte[] good = declared.getBytes(sjis);
        Path ok = tmp.resolve("sjis.xml");
        Files.write(ok, good);
        assertEquals(ExitCode.OK, Cli.run("validate", ok.toString()).code(), "a file that is what it declares loads");
        // a byte Shift_JIS cannot read, on line 5
        int at = declared.indexOf("\n", declared.indexOf("\n", declared.indexOf("\n", declared.indexOf("\n") + 1) + 1) + 1) + 3;
        byte[] bad = good.clone();
        bad[new String(declared.substring(0, at)).getBytes(sjis).length] = (byte) 0x81;
        bad[new String(declared.substring(0, at)).getBytes(sjis).length + 1] = (byte) 0x20;
        Path broken = tmp.resolve("broken.xml");
        Files.write(broken, bad);
        refusedEverywhere(broken, ":5:");
        // UTF-8 bytes under a Shift_JIS label
        Path mislabelled = tmp.resolve("mislabelled.xml");
        Files.write(mislabelled, declared.getBytes(StandardCharsets.UTF_8));
        refusedEverywhere(mislabelled, "error: ");
    }

    @Test
    void charactersXml10CannotHoldAreRefusedWhereTheyEnter() throws Exception {
        Path xml11 = TestFiles.write(tmp, "xml11.xml", SEED.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                .replace("（目的）", "（目的&#x1;）"));
        refusedEverywhere(xml11, "U+0001, which XML 1.0 cannot hold");
        Path page = TestFiles.write(tmp, "page.html", "<html><body><p>第１条　この訓令は、&#xD800;別に定める。</p></body></html>");
        Cli html = Cli.run("import", "html", page.toString(), "-o", tmp.resolve("p.xml").toString());
        assertEquals(ExitCode.IO, html.code(), html.err());
        assertTrue(html.err().contains("page.html:1:") && html.err().contains("&#xD800;") && html.err().contains("surrogate"), html.err());
        Path csv = TestFiles.write(tmp, "r.csv", "id,name\nSYS-1,ok\nSYS-2,a\u0000b\n");
        Cli register = Cli.run("import", "register", csv.toString(), "-o", tmp.resolve("r.xml").toString());
        assertEquals(ExitCode.FINDINGS, register.code(), register.err());
        assertTrue(register.err().contains("r.csv:3:2: error:") && register.err().contains("U+0000"), register.err());
        assertFalse(Files.exists(tmp.resolve("r.xml")));
        Path quote = TestFiles.write(tmp, "q.csv", "id,name\nSYS-1,\"not closed\n");
        Cli q = Cli.run("import", "register", quote.toString(), "-o", tmp.resolve("q.xml").toString());
        assertTrue(q.err().contains("q.csv:2:") && q.err().contains("never closed") && !q.err().contains("Exception"), q.err());
    }

    @Test
    void nestingDeeperThanAnyLawIsRefused() throws Exception {
        String deep = "<Line>".repeat(3000) + "x" + "</Line>".repeat(3000);
        Path file = TestFiles.write(tmp, "deep.xml", SEED.replace("監査を実施するものとする。", "監査を実施するものとする。<QuoteStruct>" + deep + "</QuoteStruct>"));
        refusedEverywhere(file, "nested deeper than 100");
        Path page = TestFiles.write(tmp, "deep.html", "<html><body>" + "<div>".repeat(3000) + "第１条　本文" + "</div>".repeat(3000) + "</body></html>");
        Cli html = Cli.run("import", "html", page.toString(), "-o", tmp.resolve("d.xml").toString());
        assertEquals(ExitCode.IO, html.code(), html.err());
        assertTrue(html.err().contains("nested deeper than") && !html.err().contains("StackOverflow"), html.err());
    }

    @Test
    void spansNoTableHasAreRefused() throws Exception {
        String table = "<TableStruct><Table><TableRow><TableColumn colspan=\"%s\"><Sentence>甲</Sentence></TableColumn></TableRow></Table></TableStruct>";
        for (String span : List.of("2000000", "2147483648")) {
            Path file = TestFiles.write(tmp, "span" + span.length() + ".xml", SEED.replace("</ParagraphSentence>\n        </Paragraph>\n      </Article>\n      <Article Num=\"7\">",
                    "</ParagraphSentence>" + table.formatted(span) + "\n        </Paragraph>\n      </Article>\n      <Article Num=\"7\">"));
            assertTrue(TestFiles.text(file).contains("colspan"), "the fixture changed");
            refusedEverywhere(file, "a table cell spanning " + span + " columns");
        }
    }

    @Test
    void spansAsLargeAsPublishedLawsHaveAreRead() throws Exception {
        // e-Gov's bulk data has cells spanning 367 rows: a published law is read, and renders
        String table = "<TableStruct><Table><TableRow><TableColumn rowspan=\"367\" colspan=\"48\"><Sentence>甲</Sentence></TableColumn></TableRow></Table></TableStruct>";
        Path file = TestFiles.write(tmp, "published-span.xml", SEED.replace("</ParagraphSentence>\n        </Paragraph>\n      </Article>\n      <Article Num=\"7\">",
                "</ParagraphSentence>" + table + "\n        </Paragraph>\n      </Article>\n      <Article Num=\"7\">"));
        assertTrue(org.regkit.Regkit.check(file).valid(), org.regkit.Regkit.check(file).problems().toString());
        Cli r = Cli.run("render", file.toString(), "--format", "pdf", "-q", "-o", tmp.resolve("span.pdf").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    @Test
    void outOfMemoryIsOneLineAndExitThree() throws Exception {
        // a 40 MB text in a 48 MB heap
        Path big = tmp.resolve("big.txt");
        String line = "第１条　" + "あ".repeat(2000) + "\n";
        try (var w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 7000; i++) {
                w.write(line);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m", "-cp",
                System.getProperty("java.class.path"), "org.regkit.cli.Main", "import", "text", big.toString(), "-o",
                tmp.resolve("big.xml").toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCode.IO, p.exitValue(), out);
        assertTrue(out.strip().startsWith("regkit: out of memory") && out.contains("REGKIT_JAVA_OPTS=-Xmx"), out);
        assertFalse(out.contains("OutOfMemoryError") || out.contains("\tat "), out);
        assertFalse(Files.exists(tmp.resolve("big.xml")));
    }

    @Test
    void aFileLargerThanAnyLawIsRefused() throws Exception {
        Path big = tmp.resolve("huge.xml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 65L * 1024 * 1024); // sparse: 65 MB on paper
        }
        Cli r = Cli.run("validate", big.toString());
        assertEquals(ExitCode.IO, r.code());
        assertTrue(r.err().contains("more than regkit reads (64 MB"), r.err());
    }
}
