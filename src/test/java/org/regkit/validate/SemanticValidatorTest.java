package org.regkit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.io.Problem;

class SemanticValidatorTest {
    @TempDir
    Path tmp;

    private static final String HEAD = """
            <Law Era="Reiwa" Year="7" Num="1" LawType="Misc" Lang="ja">
              <LawNum>訓令第1号</LawNum>
              <LawBody>
                <LawTitle>試験</LawTitle>
                <MainProvision>
            """;
    private static final String TAIL = """
                </MainProvision>
              </LawBody>
            </Law>
            """;

    private static String article(String num, String title, String inner) {
        return "<Article Num=\"" + num + "\"><ArticleTitle>" + title + "</ArticleTitle>" + inner + "</Article>\n";
    }

    private static String para(String num, String shown, String inner) {
        return "<Paragraph Num=\"" + num + "\"><ParagraphNum>" + shown + "</ParagraphNum>"
                + "<ParagraphSentence><Sentence>文。</Sentence></ParagraphSentence>" + inner + "</Paragraph>";
    }

    private static String item(String num, String title) {
        return "<Item Num=\"" + num + "\"><ItemTitle>" + title + "</ItemTitle><ItemSentence><Sentence>号。</Sentence></ItemSentence></Item>";
    }

    /** A sub-item of the first level: Num and title. */
    private static final String SUBITEM1 = "<Subitem1 Num=\"%s\"><Subitem1Title>%s</Subitem1Title><Subitem1Sentence><Sentence>x</Sentence></Subitem1Sentence></Subitem1>";

    /** An item: Num, title and what it holds. */
    private static final String ITEM = "<Item Num=\"%s\"><ItemTitle>%s</ItemTitle><ItemSentence><Sentence>y</Sentence></ItemSentence>%s</Item>";

    /** Asserts that the one problem found says {@code what}. */
    private static void onlyProblem(List<Problem> p, String what) {
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains(what), p.toString());
    }

    private List<Problem> check(String body) throws Exception {
        Path f = TestFiles.write(tmp, "r.xml", HEAD + body + TAIL);
        return Regkit.check(f).problems();
    }

    @Test
    void branchesDeletedRangesAndDeletionsAreInSequence() throws Exception {
        List<Problem> p = check(
                article("1", "第１条", para("1", "", item("1", "(1)") + item("1_2", "(1)の２") + item("2", "(2)")))
                + article("2", "第２条", para("1", "", ""))
                + article("2_2", "第２条の２", para("1", "", ""))
                + article("3:5", "第３条から第５条まで", para("1", "", ""))
                + article("6", "第６条", para("1", "", "") + para("2", "２", "")));
        assertEquals(List.of(), p);
    }

    @Test
    void reportsEveryNumberingProblemWithItsLine() throws Exception {
        List<Problem> p = check(
                article("1", "第１条", para("1", "", ""))
                + article("3", "第３条", para("1", "", "") + para("3", "３", ""))
                + article("4", "第５条", para("1", "", item("1", "(1)") + item("3", "(3)") + item("4", "(5)"))));
        List<String> messages = p.stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("article 第３条 out of sequence")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("paragraph Num=\"3\" out of sequence")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("ArticleTitle 第５条 does not match Num=\"4\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("item (3) out of sequence")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("ItemTitle (5) does not match")), messages.toString());
        assertTrue(p.stream().allMatch(x -> x.line() > 0 && x.file().endsWith("r.xml")), p.toString());
    }

    @Test
    void duplicateIdentifiersAreReported() throws Exception {
        List<Problem> p = check(article("1", "第１条", para("1", "", "")) + article("1", "第１条", para("1", "", "")));
        assertTrue(p.stream().anyMatch(x -> x.message().contains("duplicate provision art_1")), p.toString());
    }

    @Test
    void subitemLettersFollowTheirKanaOrder() throws Exception {
        String items = ITEM.formatted("1", "一", SUBITEM1.formatted("1", "イ") + SUBITEM1.formatted("2", "ロ") + SUBITEM1.formatted("3", "ニ"));
        onlyProblem(check(article("1", "第一条", para("1", "", items))), "Subitem1Title ニ does not match Num=\"3\"");
    }

    @Test
    void afterARangeOrABranchEGovNumbersSubitemsByPosition() throws Exception {
        // 314AC0000000073: <Subitem1 Num="1">イ及びロ (削除), <Subitem1 Num="2">ハ …: e-Gov's Num counts the
        // elements once a range has taken one; regkit's own 1:2 for the range is accepted as before
        String items = ITEM.formatted("1", "一", SUBITEM1.formatted("1", "イ及びロ") + SUBITEM1.formatted("2", "ハ") + SUBITEM1.formatted("3", "ニ"))
                + ITEM.formatted("2", "二", SUBITEM1.formatted("1", "イからハまで") + SUBITEM1.formatted("2", "ニ"))
                + ITEM.formatted("3", "三", SUBITEM1.formatted("1:2", "イ及びロ") + SUBITEM1.formatted("3", "ハ"))
                + ITEM.formatted("4", "四", SUBITEM1.formatted("1", "イ") + SUBITEM1.formatted("2", "ハ"))
                + ITEM.formatted("5", "五", SUBITEM1.formatted("1", "イ") + SUBITEM1.formatted("2", "イの二") + SUBITEM1.formatted("3", "ロ"));
        // without a range before it, ハ at Num="2" is still a title that does not match
        onlyProblem(check(article("1", "第一条", para("1", "", items))), "Subitem1Title ハ does not match Num=\"2\"");
    }

    @Test
    void subitemsTitledWithBareNumbersAreInSequence() throws Exception {
        // e-Gov publishes sub-items at the third level titled １, ２ (403M50000400049 and others)
        String sub3 = "<Subitem3 Num=\"%s\"><Subitem3Title>%s</Subitem3Title><Subitem3Sentence><Sentence>z</Sentence></Subitem3Sentence></Subitem3>";
        String sub2 = "<Subitem2 Num=\"1\"><Subitem2Title>（一）</Subitem2Title><Subitem2Sentence><Sentence>w</Sentence></Subitem2Sentence>"
                + sub3.formatted("1", "１") + sub3.formatted("2", "２") + sub3.formatted("10", "10") + sub3.formatted("11", "１２") + "</Subitem2>";
        String sub1 = SUBITEM1.formatted("1", "イ").replace("</Subitem1>", sub2 + "</Subitem1>");
        String items = ITEM.formatted("1", "一", sub1);
        List<Problem> p = check(article("1", "第一条", para("1", "", items)));
        // 10 after ２ is out of sequence, and １２ is not Num="11": what is wrong is still said
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("sub-item 10 out of sequence: it follows Num=\"2\"")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("Subitem3Title １２ does not match Num=\"11\"")), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.message().contains("Subitem3Title １ ") || x.message().contains("Subitem3Title ２ ")), p.toString());
    }

    @Test
    void articlesTitledWithTheOldFormOfJoAreInSequence() throws Exception {
        // two laws of the 2021-10 snapshot title their articles 第一條, 第二條
        List<Problem> p = check(article("1", "第一條", para("1", "", "")) + article("2", "第二條", para("1", "", ""))
                + article("3", "第四條", para("1", "", "")));
        onlyProblem(p, "ArticleTitle 第四條 does not match Num=\"3\" (the title says 4)");
    }

    @Test
    void aLawTitledAsAnExcerptMaySkipNumbers() throws Exception {
        // 412CO0000000326: …に関する政令　抄, whose main provision starts at 第二章 and 第三十三条, with no Extract attribute
        String body = "<Chapter Num=\"2\"><ChapterTitle>第二章　経過措置</ChapterTitle>" + article("33", "第三十三条", para("1", "", ""))
                + article("35", "第三十五条", para("1", "", "")) + "</Chapter>";
        Path excerpt = TestFiles.write(tmp, "e.xml", (HEAD + body + TAIL).replace("<LawTitle>試験</LawTitle>", "<LawTitle>試験に関する政令　抄</LawTitle>"));
        assertEquals(List.of(), Regkit.check(excerpt).problems());
        Path inBrackets = TestFiles.write(tmp, "b.xml", (HEAD + body + TAIL).replace("<LawTitle>試験</LawTitle>", "<LawTitle>明治十三年太政官布告第三十六号（刑法　抄）</LawTitle>"));
        assertEquals(List.of(), Regkit.check(inBrackets).problems());
        // the same body in a law not titled 抄 is out of sequence
        assertEquals(3, check(body).size(), check(body).toString());
    }

    @Test
    void theBundledRegulationIsClean() throws Exception {
        assertEquals(List.of(), Regkit.check(TestFiles.SEED_XML).problems());
    }
}
