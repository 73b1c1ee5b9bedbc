package org.regkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;

/** A folder of versions works whatever its files are called: the day comes from the document first. */
class VersionFolderTest {
    @TempDir
    Path tmp;

    private static String law(String sentence) {
        return TestFiles.cabinetOrder("<Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/>"
                + "<ParagraphSentence><Sentence>" + sentence + "</Sentence></ParagraphSentence></Paragraph></Article>");
    }

    @Test
    void eGovArchivesNameFilesByRevision() throws Exception {
        // e-Gov's bulk data: LAWID_YYYYMMDD_AMENDID.xml, one law's versions side by side
        TestFiles.write(tmp, "415CO0000000088_20150801_000000000000000.xml", law("初めの文。"));
        TestFiles.write(tmp, "415CO0000000088_20200401_502CO0000000050.xml", law("改めた文。"));
        TestFiles.write(tmp, "register.xml", "<Register/>"); // not a law: left out
        List<VersionFolder.Version> v = VersionFolder.versions(tmp);
        assertEquals(List.of(LocalDate.of(2015, 8, 1), LocalDate.of(2020, 4, 1)), v.stream().map(VersionFolder.Version::effective).toList());
        Cli before = Cli.run("cite", tmp.toString(), "第一条", "--as-of", "2020-03-31");
        assertEquals(ExitCode.OK, before.code(), before.err());
        assertTrue(before.out().contains("初めの文。"), before.out());
        assertTrue(Cli.run("cite", tmp.toString(), "第一条", "--as-of", "令和二年四月一日").out().contains("改めた文。"));
    }

    @Test
    void theDocumentsOwnDateComesBeforeItsName() throws Exception {
        // an API v2 response carries its enforcement date; regkit's metadata its effective date; names say nothing
        String response = TestFiles.text(TestFiles.resource("egov/api-v2-response.xml")); // enforced 2020-04-01
        TestFiles.write(tmp, "response.xml", response);
        TestFiles.write(tmp, "2030-01-01-misleading.xml", law("名前の日付は使わない。")
                .replace("<LawNum>", "<rk:Meta xmlns:rk=\"urn:regkit:regulation\"><rk:RegulationId>t</rk:RegulationId>"
                        + "<rk:EffectiveDate date=\"2021-04-01\">令和三年四月一日</rk:EffectiveDate></rk:Meta><LawNum>"));
        List<VersionFolder.Version> v = VersionFolder.versions(tmp);
        assertEquals(List.of("response.xml", "2030-01-01-misleading.xml"), v.stream().map(x -> x.file().getFileName().toString()).toList());
        assertEquals(LocalDate.of(2021, 4, 1), v.get(1).effective());
        Cli r = Cli.run("cite", tmp.toString(), "第一条", "--as-of", "2020-12-31");
        assertEquals(ExitCode.OK, r.code(), "a response is read as the law it holds: " + r.err());
        assertTrue(r.err().contains("response.xml"), r.err());
        assertTrue(Cli.run("cite", tmp.toString(), "第一条", "--as-of", "2021-04-01").out().contains("名前の日付は使わない。"));
    }

    @Test
    void aFolderWithoutVersionsSaysWhatItLooksFor() throws Exception {
        Files.writeString(tmp.resolve("notes.xml"), "<notes/>");
        Cli r = Cli.run("cite", tmp.toString(), "第一条");
        assertEquals(ExitCode.IO, r.code());
        assertTrue(r.err().contains("no versions in") && r.err().contains("rk:EffectiveDate"), r.err());
    }
}
