package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

/** validate over folders and many files: in parallel, in input order, with a summary. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("laws/sub"));
        String seed = TestFiles.text(TestFiles.SEED_XML);
        TestFiles.write(dir.getParent(), "a-clean.xml", seed);
        TestFiles.write(dir.getParent(), "b-warnings.xml", seed.replace("前２号のシステム", "第１５号のシステム"));
        TestFiles.write(dir, "c-error.xml", seed.replace("<Item Num=\"5\">", "<Item Num=\"5\"><Bogus/>"));
        Files.writeString(dir.getParent().resolve("notes.txt"), "not XML, not looked at");
        return dir.getParent();
    }

    @Test
    void aFolderIsCheckedWholeWithASummary() throws Exception {
        Cli r = Cli.run("validate", "-q", "--jobs", "2", corpus().toString());
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        List<String> out = r.out().lines().toList();
        assertTrue(out.get(0).endsWith("a-clean.xml: valid (35 provisions)"), out.toString());
        assertTrue(out.get(1).endsWith("b-warnings.xml: valid (35 provisions, 1 warnings)"), out.toString());
        assertEquals("3 files: 1 clean, 1 with warnings only, 1 with errors (0 unreadable); 1 errors, 1 warnings", out.get(2));
        // problems come in the order of the files, whichever finished first
        String err = r.err();
        assertTrue(err.indexOf("b-warnings.xml:") < err.indexOf("c-error.xml:"), err);
        assertTrue(err.contains("c-error.xml:") && err.contains(": error: ") && err.contains("'Bogus'"), err);
    }

    @Test
    void errorsOnlyLeavesWarningsOutButCountsThem() throws Exception {
        Cli r = Cli.run("validate", "-q", "--errors-only", corpus().toString());
        assertFalse(r.err().contains("warning:"), r.err());
        assertTrue(r.out().contains("1 with warnings only"), r.out());
    }

    @Test
    void strictCountsWarnings() throws Exception {
        Path dir = corpus();
        Files.delete(dir.resolve("sub/c-error.xml"));
        assertEquals(ExitCode.OK, Cli.run("validate", "-q", dir.toString()).code());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", "-q", "--strict", dir.toString()).code());
        assertEquals(ExitCode.OK, Cli.run("validate", "--strict", dir.resolve("a-clean.xml").toString()).code());
    }

    @Test
    void otherXmlInAFolderIsNotedNotChecked() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("versions"));
        Files.copy(TestFiles.SEED_XML, dir.resolve("2024-06-01.xml"));
        Files.copy(TestFiles.SEED_DIR.resolve("register.xml"), dir.resolve("register.xml"));
        TestFiles.write(dir, "broken.xml", "<Law><unclosed></Law>");
        Cli r = Cli.run("validate", "-q", dir.toString());
        assertTrue(r.err().contains("register.xml is not a regulation (no Law inside): not checked"), r.err());
        assertTrue(r.err().contains("broken.xml:1:"), "a file that is not well-formed is still checked: " + r.err());
        assertTrue(r.out().contains("2 files: 1 clean"), r.out());
        // named explicitly, a register is checked, and is not a regulation
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", dir.resolve("register.xml").toString()).code());
    }

    @Test
    void aFolderWithoutXmlIsAUsageError() throws Exception {
        Cli r = Cli.run("validate", Files.createDirectories(tmp.resolve("empty")).toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("no regulation XML files"), r.err());
    }
}
