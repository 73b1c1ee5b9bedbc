package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

class RegisterCommandsTest {
    static final String REGISTER = TestFiles.SEED_DIR.resolve("register.xml").toString();
    static final String REGULATION = TestFiles.SEED_XML.toString();

    @TempDir
    Path tmp;

    @Test
    void bindPrintsTheSummaryAndEveryFinding() {
        Cli r = Cli.run("bind", "--regulation", REGULATION, "--register", REGISTER);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("14 systems, 30 citations"), r.out());
        assertTrue(r.out().contains("audit-overdue: 1"), r.out());
        assertTrue(r.err().contains("register.xml:149:"), "located: " + r.err());
        assertTrue(r.err().contains(": note: no system falls under 第３条第１項第９号"), r.err());
    }

    @Test
    void bindWritesTheBoundRegisterAsAWorkbook() throws Exception {
        java.nio.file.Path out = tmp.resolve("bound.xlsx");
        Cli r = Cli.run("bind", "--regulation", REGULATION, "--register", REGISTER, "--format", "xlsx", "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        byte[] zip = java.nio.file.Files.readAllBytes(out);
        assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "an OOXML package");
        assertEquals(ExitCode.USAGE, Cli.run("bind", "--regulation", REGULATION, "--register", REGISTER, "--format", "xlsx").code());
        java.nio.file.Path impact = tmp.resolve("impact.xlsx");
        String newer = java.nio.file.Path.of(REGULATION).resolveSibling("2025-04-01.xml").toString();
        Cli d = Cli.run("diff", REGULATION, newer, "--register", REGISTER, "--format", "xlsx", "-o", impact.toString());
        assertEquals(ExitCode.FINDINGS, d.code(), "different versions: " + d.err());
        assertTrue(java.nio.file.Files.size(impact) > 1000, "the impact as a workbook");
        Cli noRegister = Cli.run("diff", REGULATION, newer, "--format", "xlsx", "-o", tmp.resolve("x.xlsx").toString());
        assertEquals(ExitCode.USAGE, noRegister.code());
        assertTrue(noRegister.err().contains("needs --register"), noRegister.err());
    }

    @Test
    void asOfAcceptsEraDates() {
        Cli r = Cli.run("bind", "--regulation", REGULATION, "--register", REGISTER, "--as-of", "令和８年３月31日");
        assertTrue(r.out().contains("as of 2026-03-31"), r.out());
        assertEquals(ExitCode.USAGE, Cli.run("bind", "--regulation", REGULATION, "--register", REGISTER, "--as-of", "soon").code());
    }

    @Test
    void dossierIsWrittenAndUnresolvedCitationsExitOne() throws Exception {
        Path out = tmp.resolve("d.html");
        assertEquals(ExitCode.OK, Cli.run("dossier", "--regulation", REGULATION, "--register", REGISTER, "--format", "html",
                "-o", out.toString()).code());
        assertTrue(Files.readString(out).contains("SYS-014"));
        Path bad = TestFiles.write(tmp, "bad.xml", Files.readString(Path.of(REGISTER)).replace("ref=\"第６条\"", "ref=\"第６０条\""));
        Path out2 = tmp.resolve("d2.pdf");
        Cli r = Cli.run("dossier", "--regulation", REGULATION, "--register", bad.toString(), "--format", "pdf", "-o", out2.toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("bad.xml:") && r.err().contains("unresolved citation 第６０条"), r.err());
        assertTrue(Files.size(out2) > 10000, "the dossier still shows the finding");
    }

    @Test
    void missingOrInvalidRegisterIsRefusedWithoutOutput() {
        Path out = tmp.resolve("d.html");
        assertEquals(ExitCode.IO, Cli.run("dossier", "--regulation", REGULATION, "--register", tmp.resolve("none.xml").toString(),
                "--format", "html", "-o", out.toString()).code());
        Path invalid = TestFiles.write(tmp, "inv.xml", "<register xmlns=\"urn:regkit:register\"><system id=\"A\"/></register>");
        Cli r = Cli.run("dossier", "--regulation", REGULATION, "--register", invalid.toString(), "--format", "html", "-o", out.toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("inv.xml:1:"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void importRegisterFromCsv() throws Exception {
        Path csv = tmp.resolve("r.csv");
        Files.write(csv, "id,name,cite,role\nA,システムA,第３条第１項第８号,classified-under\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Path xml = tmp.resolve("r.xml");
        Cli r = Cli.run("import", "register", csv.toString(), "-o", xml.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.readString(xml, StandardCharsets.UTF_8).contains("システムA"));
        assertEquals(ExitCode.OK, Cli.run("bind", "--regulation", REGULATION, "--register", xml.toString()).code());
    }
}
