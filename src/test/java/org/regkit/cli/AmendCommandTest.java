package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

/** regkit amend generate and apply from the command line, and what they say when an amendment does not apply. */
class AmendCommandTest {
    static final Path OLD = TestFiles.SEED_XML;
    static final Path NEW = TestFiles.SEED_DIR.resolve("2025-04-01.xml");
    static final String HEAD = "警察本部訓令第４号\n"
            + "　　埼玉県警察における情報システムの整備及び管理に関する訓令の一部を改正する訓令\n"
            + "　埼玉県警察における情報システムの整備及び管理に関する訓令（令和６年埼玉県警察本部訓令第27号）の一部を次のように改正する。\n";
    static final String TAIL = "　　　附　則\n　この訓令は、令和８年４月１日から施行する。\n令和８年３月31日\n";

    @TempDir
    Path tmp;

    private Path amendment(String... sentences) throws Exception {
        return Files.writeString(tmp.resolve("amend.txt"), HEAD + String.join("\n", sentences) + "\n" + TAIL, StandardCharsets.UTF_8);
    }

    @Test
    void generateThenApplyGivesTheNewVersion() throws Exception {
        Path text = tmp.resolve("rule.txt");
        assertEquals(ExitCode.OK, Cli.run("amend", "generate", OLD.toString(), NEW.toString(), "-o", text.toString()).code());
        Path applied = tmp.resolve("applied.xml");
        Cli r = Cli.run("amend", "apply", OLD.toString(), text.toString(), "-o", applied.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("in force from 2025-04-01"), r.out());
        assertEquals(ExitCode.OK, Cli.run("diff", NEW.toString(), applied.toString()).code(), "the same as NEW");
    }

    @Test
    void theRuleAsAPdfAndAPage() throws Exception {
        Path pdf = tmp.resolve("rule.pdf");
        Cli r = Cli.run("amend", "generate", OLD.toString(), NEW.toString(), "--format", "pdf", "-o", pdf.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
            assertTrue(text.contains("の一部を改正する訓令"), text);
            assertTrue(text.contains("第３条第１項中第11号を第12号とし"), text);
            assertTrue(text.contains("附則"), text);
        }
        Path html = tmp.resolve("rule.html");
        assertEquals(ExitCode.OK, Cli.run("amend", "generate", OLD.toString(), NEW.toString(), "--format", "html", "-o", html.toString()).code());
        String page = Files.readString(html);
        assertTrue(page.contains("<h1>埼玉県警察における情報システムの整備及び管理に関する訓令の一部を改正する訓令</h1>"), page);
        assertTrue(page.contains("class=\"line item\""), "provisions set out with their indent");
    }

    @Test
    void wordsThatAreNotThereAreAnErrorAtTheirLineAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("next.xml");
        Cli r = Cli.run("amend", "apply", OLD.toString(), amendment("　第５条第１項中「保安部長」を「警務部長」に改める。").toString(),
                "-o", out.toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("amend.txt:4:1: error: cannot apply"), r.err());
        assertTrue(r.err().contains("「保安部長」 is not in 第５条第１項"), r.err());
        assertFalse(Files.exists(out), "no output");
    }

    @Test
    void aProvisionThatDoesNotExist() throws Exception {
        Cli r = Cli.run("amend", "apply", OLD.toString(), amendment("　第９条中「甲」を「乙」に改める。").toString(), "-o", tmp.resolve("n.xml").toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("第９条 does not exist"), r.err());
    }

    @Test
    void aRenumberingOntoATakenNumber() throws Exception {
        Cli r = Cli.run("amend", "apply", OLD.toString(), amendment("　第３条第１項中第３号を第４号とする。").toString(), "-o", tmp.resolve("n.xml").toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("第３条第１項第３号 cannot become 第３条第１項第４号: that number is taken"), r.err());
    }

    @Test
    void anItemNamedWithoutItsParagraphWhereSeveralHaveItemsIsAmbiguous() throws Exception {
        Path base = tmp.resolve("two.xml");
        String text = "二項規程\n令和６年４月１日\n訓令第１号\n\n第１条　次に掲げるものを置く。\n(1)　甲\n(2)　乙\n２　次に掲げるものを置く。\n(1)　丙\n";
        Path source = Files.writeString(tmp.resolve("two.txt"), text);
        assertEquals(ExitCode.OK, Cli.run("import", "text", source.toString(), "-o", base.toString()).code());
        Path rule = Files.writeString(tmp.resolve("rule.txt"), "　二項規程の一部を改正する訓令\n　二項規程（令和６年訓令第１号）の一部を次のように改正する。\n"
                + "　第１条第２号中「乙」を「丁」に改める。\n");
        Cli r = Cli.run("amend", "apply", base.toString(), rule.toString(), "-o", tmp.resolve("n.xml").toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("rule.txt:3:1:") && r.err().contains("is ambiguous"), r.err());
    }

    @Test
    void quotedWordsFoundSeveralTimesAreAllChangedWithAWarning() throws Exception {
        Path out = tmp.resolve("n.xml");
        Cli r = Cli.run("amend", "apply", OLD.toString(), amendment("　第３条中「電子公文書」を「電子文書」に改める。").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("amend.txt:4:1: warning:") && r.err().contains("every one is changed"), r.err());
        assertFalse(Files.readString(out).contains("電子公文書"));
    }

    @Test
    void aSentenceThatDoesNotReadIsAnErrorAtItsColumn() throws Exception {
        Cli r = Cli.run("amend", "apply", OLD.toString(), amendment("　第５条を適当に直す。").toString(), "-o", tmp.resolve("n.xml").toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("amend.txt:4:5: error: expected what is done to the provision"), r.err());
    }

    @Test
    void aRuleThatAmendsAnotherRegulationIsRefused() throws Exception {
        Path rule = Files.writeString(tmp.resolve("other.txt"), "　文書管理規程（令和元年訓令第２号）の一部を次のように改正する。\n　第１条中「甲」を「乙」に改める。\n");
        Cli r = Cli.run("amend", "apply", OLD.toString(), rule.toString(), "-o", tmp.resolve("n.xml").toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("other.txt:1:1: error: this rule amends 文書管理規程, not 埼玉県警察における"), r.err());
    }
}
