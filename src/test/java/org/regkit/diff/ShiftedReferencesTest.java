package org.regkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;

/** A reference the amendment did not update is reported by regkit diff. */
class ShiftedReferencesTest {
    @TempDir
    Path tmp;

    @Test
    void aPrecedingArticleInsertedBeforeAZenjoIsReported() throws Exception {
        String old = Versions.SEED.replace("システム総括責任者は、警察情報システムの適正な管理について",
                "前条に規定するシステム総括責任者は、警察情報システムの適正な管理について");
        int at = old.indexOf("      <Article Num=\"6\">");
        String neu = old.substring(0, at) + "      <Article Num=\"5_2\"><ArticleTitle>第５条の２</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/>"
                + "<ParagraphSentence><Sentence Num=\"1\">副責任者を置く。</Sentence></ParagraphSentence></Paragraph></Article>\n" + old.substring(at);
        var diff = Regkit.diff(Versions.variant(tmp, "o.xml", old), Versions.variant(tmp, "n.xml", neu));
        List<ShiftedReferences.Shift> shifts = ShiftedReferences.find(diff);
        assertEquals(1, shifts.size(), shifts.toString());
        assertEquals("前条", shifts.get(0).reference().text());
        assertEquals("art_5", shifts.get(0).expected().get(0).id().value());
        assertEquals("art_5_2", shifts.get(0).actual().get(0).id().value());
        assertTrue(Regkit.diffJson(diff, null).replaceAll("\\s", "").contains("\"references\":[{"));
    }

    @Test
    void anAbsoluteReferenceLeftBehindByARenumberingIsReported() throws Exception {
        String sentence = "事務の総括を行う。";
        String add = "事務の総括を行う。第３条第１項第８号のシステムについても同様とする。";
        var diff = Regkit.diff(Versions.variant(tmp, "o.xml", Versions.SEED.replace(sentence, add)),
                Versions.variant(tmp, "n.xml", TestFiles.text(Versions.AMENDED).replace(sentence, add)));
        List<ShiftedReferences.Shift> shifts = ShiftedReferences.find(diff);
        assertEquals(1, shifts.size(), shifts.toString());
        assertTrue(shifts.get(0).message().contains("before: 第３条第１項第９号, now: 第３条第１項第８号"), shifts.get(0).message());
    }

    @Test
    void aReferenceToADeletedArticleNamesWhatItPointedAt() throws Exception {
        String old = Versions.SEED.replace("システム総括責任者は、警察情報システムの適正な管理について",
                "第４条の規定により、システム総括責任者は、警察情報システムの適正な管理について");
        String neu = old.replaceFirst("(?s)<Article Num=\"4\">.*?</Article>", "<Article Num=\"4\"><ArticleTitle>第４条</ArticleTitle>"
                + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">削除</Sentence></ParagraphSentence></Paragraph></Article>");
        List<ShiftedReferences.Shift> shifts = ShiftedReferences.find(
                Regkit.diff(Versions.variant(tmp, "o.xml", old), Versions.variant(tmp, "n.xml", neu)));
        assertEquals(1, shifts.size(), shifts.toString());
        assertTrue(shifts.get(0).message().contains("「第４条」 in 第６条第１項 pointed at 第４条, which the amendment removed or deleted; now: 第４条"),
                shifts.get(0).message());
    }

    @Test
    void listsThatOnlyGrowByNewItemsAreNotReported() throws Exception {
        assertEquals(List.of(), ShiftedReferences.find(Regkit.diff(Versions.seed(), Versions.amended())),
                "次の各号 and 前各号 now also cover the inserted item (8), as the drafter meant");
        Cli r = Cli.run("diff", TestFiles.SEED_XML.toString(), Versions.AMENDED.toString());
        assertTrue(!r.err().contains("reference"), r.err());
    }
}
