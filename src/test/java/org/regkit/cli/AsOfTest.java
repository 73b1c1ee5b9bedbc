package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

/** A folder of versions and --as-of: the version in force on the day is used. */
class AsOfTest {
    static final String FOLDER = TestFiles.SEED_DIR.toString();

    @TempDir
    Path tmp;

    @Test
    void citePicksTheVersionInForce() {
        Cli before = Cli.run("cite", FOLDER, "第５条第１項", "--as-of", "令和６年７月１日");
        assertEquals(ExitCode.OK, before.code(), before.err());
        assertTrue(before.out().contains("総務部長をもって充てる"), before.out());
        assertTrue(before.err().contains("2024-06-01.xml"));
        Cli after = Cli.run("cite", FOLDER, "第５条第１項", "--as-of", "2025-04-01");
        assertTrue(after.out().contains("警務部長をもって充てる"), after.out());
        assertEquals(ExitCode.OK, Cli.run("cite", FOLDER, "第３条の２", "--as-of", "2025-04-01").code());
        assertEquals(ExitCode.FINDINGS, Cli.run("cite", FOLDER, "第３条の２", "--as-of", "2025-03-31").code(),
                "第３条の２ did not exist yet");
    }

    @Test
    void aDateBeforeTheFirstVersionIsAnError() {
        Cli r = Cli.run("cite", FOLDER, "第５条", "--as-of", "2024-05-31");
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("no version of") && r.err().contains("takes effect on 2024-06-01"), r.err());
        assertEquals(ExitCode.USAGE, Cli.run("cite", FOLDER, "第５条", "--as-of", "someday").code());
    }

    @Test
    void renderLabelsAVersionNotYetInForce() throws Exception {
        Path early = tmp.resolve("early.html");
        assertEquals(ExitCode.OK, Cli.run("render", TestFiles.SEED_DIR.resolve("2025-04-01.xml").toString(), "--format", "html",
                "--as-of", "2025-03-01", "-o", early.toString()).code());
        assertTrue(Files.readString(early).contains("未施行（令和７年４月１日施行）"));
        Path inForce = tmp.resolve("in-force.html");
        assertEquals(ExitCode.OK, Cli.run("render", FOLDER, "--format", "html", "--as-of", "2025-04-02", "-o", inForce.toString()).code());
        String page = Files.readString(inForce);
        assertTrue(page.contains("警務部長"), "the folder gave the 2025 version");
        assertFalse(page.contains("未施行"));
    }

    @Test
    void dossierUsesTheVersionInForceOnItsDay() throws Exception {
        Path out = tmp.resolve("d.html");
        Cli r = Cli.run("dossier", "--regulation", FOLDER, "--register", TestFiles.SEED_DIR.resolve("register.xml").toString(),
                "--format", "html", "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.readString(out).contains("総務部長をもって充てる"), "the register's as-of day 2025-03-31: the 2024 version");
    }
}
