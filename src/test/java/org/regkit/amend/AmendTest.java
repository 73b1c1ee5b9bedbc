package org.regkit.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/**
 * Amending rules both ways: what drafters write is applied, and what regkit generates from two
 * versions applies back to the later one. The hand-written rules cover every operation in 例規
 * style (the seed) and in national style (a law of our own, in kanji, with chapters).
 */
class AmendTest {
    static final Path REIKI = TestFiles.resource("amend/reiki-amendment.txt");
    static final Path NATIONAL = TestFiles.resource("amend/national-amendment.txt");
    static final Path NATIONAL_LAW = TestFiles.resource("amend/national.xml");
    static final Path OMNIBUS = TestFiles.resource("amend/omnibus-amendment.txt");
    static final Path GOLDEN = TestFiles.resource("amend/seed-2025.golden.txt");

    /** Applies a rule and returns the next version, loaded. */
    static Regulation applied(Path base, Path amendment) throws Exception {
        Regulation reg = Regkit.load(base);
        Regkit.Applied a = Regkit.applyAmendment(reg, Regkit.readAmendment(amendment, reg), amendment.toString());
        return a.regulation();
    }

    /** generate(OLD, NEW) applied to OLD gives NEW back, in text and structure. */
    static String roundTrip(Regulation older, Regulation newer) throws Exception {
        Amendment generated = Regkit.amendment(Regkit.diff(older, newer));
        String text = Regkit.amendmentText(generated);
        Amendment read = AmendmentReader.read(List.of(text.split("\n")), "generated.txt", older.title(), Amending.kana(older));
        Regkit.Applied back = Regkit.applyAmendment(older, read, "generated.txt");
        assertTrue(Regkit.diff(newer, back.regulation()).same(), "apply(OLD, generate(OLD, NEW)) = NEW:\n" + text);
        assertEquals(TextComparison.signature(newer.document(), null), TextComparison.signature(back.regulation().document(), null),
                "same text and structure, 附則 included:\n" + text);
        return text;
    }

    @Test
    void theDemoAmendmentIsWrittenAsDraftersWriteIt() throws Exception {
        Regulation older = Regkit.load(TestFiles.SEED_XML);
        Regulation newer = Regkit.load(TestFiles.SEED_DIR.resolve("2025-04-01.xml"));
        String text = roundTrip(older, newer);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text);
    }

    @Test
    void aReikiAmendmentAppliesEveryOperation() throws Exception {
        Regulation next = applied(TestFiles.SEED_XML, REIKI);
        assertEquals("埼玉県警察における情報システムの整備、運用及び管理に関する訓令", next.title(), "題名");
        assertEquals("（趣旨）", cite(next, "第１条").get(0).startsWith("（") ? cite(next, "第１条").get(0) : "", "見出し中");
        assertTrue(String.join("", cite(next, "第２条")).contains("整備し、又は利用する"), "全部改正");
        assertEquals("（定義）", cite(next, "第２条").get(0), "全部改正 without 見出しを含む keeps the 見出し");
        assertTrue(cite(next, "第３条第１項第９号").get(0).startsWith("(9)　その他の情報システム"), "第10号を第９号とし");
        assertTrue(cite(next, "第３条第１項第10号").get(0).startsWith("(10)　これらの情報システム"), "第11号を第10号とし");
        assertTrue(cite(next, "第３条第１項第２号ウ").get(0).startsWith("ウ　その他"), "細分の追加");
        assertTrue(cite(next, "第４条第３号").get(0).startsWith("(3)　情報システムの調達"), "号の追加");
        assertTrue(!cite(next, "第４条第２号").get(0).contains("継続性"), "字句の削除");
        assertTrue(cite(next, "第５条第３項").get(0).startsWith("３　システム総括責任者は、必要に応じ"), "項の追加");
        assertTrue(cite(next, "第６条").get(1).contains("管理業務監査を毎年度実施"), "字句の追加");
        assertEquals("（監査結果の報告）", cite(next, "第６条の２").get(0), "条の追加");
        assertEquals(List.of("第７条　削除"), cite(next, "第７条"), "削除");
        assertEquals(LocalDate.of(2026, 4, 1), next.effectiveDate());
        assertTrue(new String(Regkit.exportEgov(next), StandardCharsets.UTF_8)
                .contains("AmendLawNum=\"令和８年３月31日警察本部訓令第４号\""), "附則 labelled with the rule's date and number");
        roundTrip(Regkit.load(TestFiles.SEED_XML), next);
    }

    @Test
    void aNationalAmendmentAppliesInKanji() throws Exception {
        Regulation next = applied(NATIONAL_LAW, NATIONAL);
        assertTrue(next.all().stream().anyMatch(p -> p.title().equals("第二章　管理及び点検")), "章名");
        assertEquals("ロ　独立行政法人等の文書", cite(next, "第二条第二号ロ").get(0));
        assertEquals("ハ　法人文書", cite(next, "第二条第二号ハ").get(0), "ロをハとし");
        assertTrue(cite(next, "第三条第三項").get(0).startsWith("３　情報資産管理責任者は、その事務の一部"));
        assertTrue(cite(next, "第三条第四項").get(0).startsWith("４　前二項に定めるもののほか"), "第三項を第四項とし");
        assertTrue(cite(next, "第五条").get(1).startsWith("第五条　情報資産管理責任者は、点検の結果を記録"));
        assertTrue(cite(next, "第六条").get(1).startsWith("第六条　行政機関の長は"), "第五条を第六条とし");
        String text = roundTrip(Regkit.load(NATIONAL_LAW), next);
        assertTrue(text.contains("第三条中第三項を第四項とし、第二項の次に次の一項を加える。"), text);
        assertTrue(text.contains("第五条を第六条とし、第四条の次に次の一条を加える。") || text.contains("第四条の次に次の一条を加える。"), text);
    }

    @Test
    void anActAmendingSeveralLawsIsAppliedForThePartThatNamesTheBase() throws Exception {
        Regulation next = applied(NATIONAL_LAW, OMNIBUS);
        assertTrue(cite(next, "第四条").get(1).contains("毎年度一回以上"), cite(next, "第四条").toString());
        assertEquals(LocalDate.of(2025, 6, 1), next.effectiveDate());
    }

    @Test
    void provisionsNamedTogetherAndPartsOfAProvisionAreApplied() throws Exception {
        // 及び between provisions, 各号列記以外の部分中: forms found in e-Gov's AmendProvision sentences
        Regulation next = applied(NATIONAL_LAW, TestFiles.resource("amend/national-parts-amendment.txt"));
        assertEquals("行政機関の長は、情報資産総括責任者を置かなければならない。", cite(next, "第三条第一項").get(0).replaceFirst("^第三条　", ""));
        assertTrue(cite(next, "第三条第二項").get(0).startsWith("２　情報資産総括責任者は、"), cite(next, "第三条第二項").toString());
        assertTrue(cite(next, "第三条第三項").get(0).contains("情報資産管理責任者に関し"), "a paragraph not named keeps its words");
        assertEquals("一　電子計算機に記録された記録", cite(next, "第二条第一号").get(0));
        assertTrue(cite(next, "第二条第二号").get(0).startsWith("二　文書に記載された記録であつて"), cite(next, "第二条第二号").toString());
        assertTrue(cite(next, "第二条").get(1).endsWith("次に掲げる記録をいう。"), cite(next, "第二条").toString());
    }

    @Test
    void aChangedContentsIsAmendedWithTheChapter(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String xml = Files.readString(NATIONAL_LAW).replace("<MainProvision>", "<TOC><TOCLabel>目次</TOCLabel>"
                + "<TOCChapter Num=\"1\"><ChapterTitle>第一章　総則</ChapterTitle><ArticleRange>（第一条・第二条）</ArticleRange></TOCChapter>"
                + "<TOCChapter Num=\"2\"><ChapterTitle>第二章　管理</ChapterTitle><ArticleRange>（第三条―第五条）</ArticleRange></TOCChapter>"
                + "</TOC><MainProvision>");
        String amended = xml.replace("<ChapterTitle>第二章　管理</ChapterTitle>", "<ChapterTitle>第二章　管理及び点検</ChapterTitle>");
        assertTrue(amended.split("管理及び点検", -1).length == 3, "in the 目次 and in the chapter");
        Regulation older = Regkit.load(Files.writeString(tmp.resolve("old.xml"), xml));
        Regulation newer = Regkit.load(Files.writeString(tmp.resolve("new.xml"), amended));
        String text = roundTrip(older, newer);
        assertTrue(text.contains("目次中「管理」を「管理及び点検」に改める。") || text.contains("目次中「第二章　管理」を「第二章　管理及び点検」に改める。"), text);
        assertTrue(text.indexOf("目次中") < text.indexOf("第二章の章名中"), "the 目次 first, as it is printed first: " + text);
    }

    @Test
    void anAppendixRewrittenIsSetOutAnewAndAppliedBack(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path text = TestFiles.resource("ingest/appendices.txt");
        String xml = new String(Regkit.importText(TestFiles.bytes(text), text.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml(), StandardCharsets.UTF_8);
        String amended = xml.replace("施錠できる書庫", "施錠できる保管庫").replace("３年間保存するものとする。", "５年間保存するものとする。");
        assertTrue(!amended.equals(xml) && amended.contains("施錠できる保管庫"), "the 別表 and an article changed");
        Regulation older = Regkit.load(Files.writeString(tmp.resolve("old.xml"), xml));
        Regulation newer = Regkit.load(Files.writeString(tmp.resolve("new.xml"), amended));
        String rule = roundTrip(older, newer);
        assertTrue(rule.contains("別表第１を次のように改める。"), rule);
        assertTrue(rule.indexOf("別表第１を次のように改める。") > rule.indexOf("第２条"), "after the provisions, as drafters order them: " + rule);
        assertTrue(rule.contains("施錠できる保管庫"), "the 別表 set out under its sentence: " + rule);

        String wrong = "埼玉県警察における外部記録媒体の管理に関する規程の一部を改正する訓令\n"
                + "　埼玉県警察における外部記録媒体の管理に関する規程（令和７年警察本部訓令第20号）の一部を次のように改正する。\n"
                + "　別表第９を次のように改める。\n別表第９（第２条関係）\n区分　媒体\n第１種　USB メモリ\n";
        Amendment read = AmendmentReader.read(List.of(wrong.split("\n")), "wrong.txt", older.title(), Amending.kana(older));
        org.regkit.io.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.regkit.io.InputException.class,
                () -> Regkit.applyAmendment(older, read, "wrong.txt"));
        assertTrue(e.problems().get(0).toString().matches("wrong\\.txt:3:\\d+: error: .*別表第９ is not there.*"), e.problems().toString());
    }

    @Test
    void aNewFirstParagraphRenumbersTheParagraphNotTheArticle(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // found on a real cabinet order: the old text became 第二項, and the article itself was renumbered 第二条
        String xml = Files.readString(NATIONAL_LAW);
        String old = "<Paragraph Num=\"1\">\n            <ParagraphNum/>\n            <ParagraphSentence>\n"
                + "              <Sentence Num=\"1\">この法律は、国の行政機関";
        assertTrue(xml.contains(old));
        String amended = xml.replace(old, "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">"
                + "この法律において情報資産の管理は、公正に行われなければならない。</Sentence></ParagraphSentence></Paragraph>\n"
                + "          <Paragraph Num=\"2\">\n            <ParagraphNum>２</ParagraphNum>\n            <ParagraphSentence>\n"
                + "              <Sentence Num=\"1\">この法律は、国の行政機関");
        Regulation older = Regkit.load(Files.writeString(tmp.resolve("old.xml"), xml));
        Regulation newer = Regkit.load(Files.writeString(tmp.resolve("new.xml"), amended));
        String rule = roundTrip(older, newer);
        assertTrue(rule.contains("第一条中第一項を第二項とし、第二項の前に次の一項を加える。"), rule);
    }

    @Test
    void aLargerGeneratedPairRoundTrips(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // a title with parentheses (生成された訓令（120条）), articles past the kana's length, 条の２ and 削除 scattered
        String xml = org.regkit.bench.GeneratedRegulation.xml(120, 5, 1);
        Path older = Files.writeString(tmp.resolve("old.xml"), xml);
        Path newer = Files.writeString(tmp.resolve("new.xml"), org.regkit.bench.GeneratedRegulation.amended(xml, 9));
        String text = roundTrip(Regkit.load(older), Regkit.load(newer));
        assertTrue(text.contains("生成された訓令（120条）（令和７年警察本部訓令第99号）の一部を次のように改正する。"), text);
    }

    @Test
    void formsDraftersUseBesidesRegkitsOwnAreRead() throws Exception {
        SentenceReader r = new SentenceReader(org.regkit.model.KanaSequence.AIUEO);
        List<Edit> edits = r.read("第３条第２項を削り、同条第３項を同条第２項とする。");
        assertEquals(2, edits.size());
        assertEquals("art_3__para_2", edits.get(0).target().toString());
        Edit.Renumber renumber = (Edit.Renumber) edits.get(1);
        assertEquals("art_3__para_3", renumber.target().toString());
        assertEquals("2", renumber.newNum());
        Edit.WordChange w = (Edit.WordChange) r.read("第５条中「甲」を「乙」に、「丙」を「丁」に改める。").get(0);
        assertEquals(2, w.words().size());
        assertEquals("丁", w.words().get(1).to());
        Edit.Shift s = (Edit.Shift) r.read("第３条第１項中第５号から第11号までを１号ずつ繰り下げる。").get(0);
        assertEquals(1, s.by());
        assertEquals("art_3__para_1__item_11", s.last().toString());
        // an empty quotation would be found at every place of the text: refused where it is read
        SentenceReader.Unreadable empty = org.junit.jupiter.api.Assertions.assertThrows(SentenceReader.Unreadable.class,
                () -> r.read("第５条中「」を「乙」に改める。"));
        assertEquals(4, empty.column);
    }

    @Test
    void generatedAmendmentsRoundTripForEveryOperationInBothStyles() throws Exception {
        // the pairs the hand-written rules make: generate from them, and apply what was generated
        roundTrip(Regkit.load(TestFiles.SEED_XML), applied(TestFiles.SEED_XML, REIKI));
        roundTrip(Regkit.load(NATIONAL_LAW), applied(NATIONAL_LAW, NATIONAL));
        // and the reverse: the amendment that undoes one (削る instead of 加える, 繰上げ instead of 繰下げ)
        String back = roundTrip(withoutAmendingSuppl(applied(TestFiles.SEED_XML, REIKI)), Regkit.load(TestFiles.SEED_XML));
        assertTrue(back.contains("削る") || back.contains("削り"), back);
    }

    /** The version with the 附則 its amendment appended taken out again (an amendment never removes one). */
    private static Regulation withoutAmendingSuppl(Regulation r) throws Exception {
        org.w3c.dom.Document d = (org.w3c.dom.Document) r.document().cloneNode(true);
        var suppls = d.getElementsByTagName("SupplProvision");
        org.w3c.dom.Node last = suppls.item(suppls.getLength() - 1);
        last.getParentNode().removeChild(last);
        return Regkit.check(org.regkit.xml.XmlWriter.bytes(d, "UTF-8"), "reversed.xml").validRegulation();
    }

    private static List<String> cite(Regulation reg, String citation) throws Exception {
        List<Regkit.Cited> c = Regkit.cite(reg, citation);
        assertNotNull(c);
        return c.get(0).text();
    }
}
