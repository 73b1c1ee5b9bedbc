package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.regkit.TestFiles;

class ProgressTest {
    @Test
    void reportsLongWorkOnlyAndNotWhenQuiet() throws Exception {
        StringWriter loud = new StringWriter();
        try (Progress p = Progress.start("rendering pdf", new PrintWriter(loud), false, 50)) {
            Thread.sleep(300);
        }
        assertTrue(loud.toString().startsWith("regkit: rendering pdf … 0 s"), loud.toString());
        StringWriter quiet = new StringWriter();
        try (Progress p = Progress.start("rendering pdf", new PrintWriter(quiet), true, 50)) {
            Thread.sleep(300);
        }
        assertEquals("", quiet.toString());
        StringWriter fast = new StringWriter();
        try (Progress p = Progress.start("rendering pdf", new PrintWriter(fast), false)) {
            Thread.sleep(50);
        }
        assertEquals("", fast.toString(), "short work says nothing");
    }

    @Test
    void quietIsAcceptedAndStandardOutputStaysClean() {
        Cli r = Cli.run("diff", TestFiles.SEED_XML.toString(), TestFiles.SEED_DIR.resolve("2025-04-01.xml").toString(), "--quiet");
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.out().startsWith("{"), "JSON only on standard output");
        assertEquals("", r.err());
    }
}
