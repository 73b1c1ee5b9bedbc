package org.regkit.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;

class ReferencesTest {
    @TempDir
    Path tmp;

    /** "source | kind | text | target ids or law" per reference. */
    static List<String> listing(Regulation reg) {
        return References.find(reg).stream().map(r -> r.source().id() + " | " + r.kind().word() + " | " + r.text() + " | "
                + (r.law() != null ? r.law() + "/" + r.lawNum() + "/" + r.provision()
                : String.join(",", r.targets().stream().map(p -> p.id().value()).toList()))).toList();
    }

    /** The references of the seed's 第６条第１項 once {@code words} are added to its text: a sentence written as real laws write. */
    private List<String> referencesAddedToArticle6(String words) throws Exception {
        String xml = TestFiles.text(TestFiles.SEED_XML).replace("監査を実施するものとする。", "監査を実施するものとする。" + words);
        return listing(Regkit.load(TestFiles.write(tmp, "r.xml", xml))).stream().filter(x -> x.startsWith("art_6__para_1")).toList();
    }

    private Regulation imported(String fixture) throws Exception {
        Path text = TestFiles.resource("ingest/" + fixture);
        Path xml = tmp.resolve(fixture + ".xml");
        Files.write(xml, Regkit.importText(TestFiles.bytes(text), text.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml());
        return Regkit.load(xml);
    }

    @Test
    void everyReferenceOfTheSeedIsFoundAndResolved() throws Exception {
        String items1to11 = String.join(",", java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "art_3__para_1__item_" + i).toList());
        String items1to9 = String.join(",", java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> "art_3__para_1__item_" + i).toList());
        assertEquals(List.of(
                "art_3__para_1 | relative | 次の各号 | " + items1to11,
                "art_3__para_1__item_1 | relative | 次に掲げる | art_3__para_1__item_1__subitem1_1,art_3__para_1__item_1__subitem1_2",
                "art_3__para_1__item_1 | external | 公文書等の管理に関する法律（平成21年法律第66号）第２条第４項 | 公文書等の管理に関する法律/平成21年法律第66号/第２条第４項",
                "art_3__para_1__item_1__subitem1_1 | external | 個人情報の保護に関する法律（平成15年法律第57号）第60条第２項 | 個人情報の保護に関する法律/平成15年法律第57号/第60条第２項",
                "art_3__para_1__item_1__subitem1_2 | relative | アに掲げる | art_3__para_1__item_1__subitem1_1",
                "art_3__para_1__item_2 | relative | 次に掲げる | art_3__para_1__item_2__subitem1_1,art_3__para_1__item_2__subitem1_2",
                "art_3__para_1__item_2 | external | 埼玉県警察文書管理規程（平成14年埼玉県警察本部訓令第25号）第２条第１号 | 埼玉県警察文書管理規程/平成14年埼玉県警察本部訓令第25号/第２条第１号",
                "art_3__para_1__item_2__subitem1_1 | external | 個人情報の保護に関する法律第60条第２項 | 個人情報の保護に関する法律/null/第60条第２項",
                "art_3__para_1__item_2__subitem1_2 | relative | アに掲げる | art_3__para_1__item_2__subitem1_1",
                "art_3__para_1__item_3 | relative | 前２号 | art_3__para_1__item_1,art_3__para_1__item_2",
                "art_3__para_1__item_10 | relative | 前各号 | " + items1to9,
                "art_4__para_1 | relative | 次の各号 | art_4__para_1__item_1,art_4__para_1__item_2"), listing(Regkit.load(TestFiles.SEED_XML)));
    }

    @Test
    void referencesFoundMeanwhileAreTheOnesFoundDirectlyAndFoundOnce() throws Exception {
        Regulation early = imported("reference-forms.txt");
        Regulation late = imported("reference-forms.txt"); // the same law, loaded apart: nothing shared
        References.findMeanwhile(early, late);
        List<Reference> mine = References.find(early); // waits for the scan under way, or does it first
        assertEquals(listing(late), listing(early));
        assertTrue(listing(early).size() > 15, listing(early).toString());
        org.junit.jupiter.api.Assertions.assertSame(mine, References.find(early), "found once, then kept");
    }

    @Test
    void theTestRegulationsExerciseTheOtherForms() throws Exception {
        List<String> security = listing(imported("security-rules.txt"));
        assertTrue(security.contains("art_2_2__para_1 | relative | 前条第２号 | art_2__para_1__item_2"), security.toString());
        assertTrue(security.contains("art_2__para_1 | relative | 当該各号 | art_2__para_1__item_1,art_2__para_1__item_2,art_2__para_1__item_3"));
        assertTrue(security.contains("suppl_2__para_2 | absolute | 第２条第３号 | art_2__para_1__item_3"), "改正後の第２条 is the main provision's");
        assertTrue(security.get(0).contains("external") && security.get(0).contains("令和６年埼玉県警察本部訓令第27号/第７条"));
        assertTrue(listing(imported("national-style.txt")).contains("art_2__para_2 | relative | 前項第一号 | art_2__para_1__item_1"));
    }

    @Test
    void ourSecondRegulationExercisesEveryReferenceForm() throws Exception {
        Regulation reg = imported("reference-forms.txt");
        assertEquals(TestFiles.fidelityView(TestFiles.text(TestFiles.resource("ingest/reference-forms.txt"))),
                TestFiles.fidelityView(Regkit.exportText(reg)), "fidelity bar");
        List<String> l = listing(reg).stream().map(x -> x.replaceAll("^(\\S+) \\| (\\w+) \\| (\\S+) \\| (.*)$", "$2 $3 -> $4")).toList();
        assertEquals(List.of(
                "external 埼玉県警察における情報システムの整備及び管理に関する訓令（令和６年埼玉県警察本部訓令第27号）第３条第１項第８号 -> "
                        + "埼玉県警察における情報システムの整備及び管理に関する訓令/令和６年埼玉県警察本部訓令第27号/第３条第１項第８号",
                "relative 次の各号 -> art_2__para_1__item_1,art_2__para_1__item_2,art_2__para_1__item_3,art_2__para_1__item_4",
                "relative 前号 -> art_2__para_1__item_1",
                "relative 前２号 -> art_2__para_1__item_1,art_2__para_1__item_2",
                "relative 前各号 -> art_2__para_1__item_1,art_2__para_1__item_2,art_2__para_1__item_3",
                "relative 前項 -> art_3__para_1",
                "relative 前条第１号 -> art_2__para_1__item_1",
                "absolute 第２号 -> art_2__para_1__item_2",
                "relative 前項 -> art_3__para_2",
                "relative 同項 -> art_3__para_2",
                "absolute 第２条第３号 -> art_2__para_1__item_3",
                "relative 次条 -> art_3_2",
                "relative 前条第３項 -> art_3__para_3",
                "relative 次に掲げる -> art_3_2__para_1__item_1,art_3_2__para_1__item_2",
                "relative 次に掲げる -> art_3_2__para_1__item_1__subitem1_1,art_3_2__para_1__item_1__subitem1_2",
                "relative アに掲げる -> art_3_2__para_1__item_1__subitem1_1",
                "absolute 第３条の２ -> art_3_2",
                "relative 同条 -> art_3_2",
                "relative 前項 -> art_4__para_1"), l);
    }

    @Test
    void relativeFormsResolveAgainstTheCitingProvision(@TempDir Path dir) throws Exception {
        String xml = TestFiles.text(TestFiles.SEED_XML)
                .replace("監査を実施するものとする。", "監査を実施するものとする。前条及び次条の規定並びに第５条第２項の規定による。同条第１項も同様とする。")
                .replace("システム総括責任者は、警察情報システムのサービス", "前項の規定により置かれたシステム総括責任者は、警察情報システムのサービス");
        Regulation reg = Regkit.load(TestFiles.write(dir, "r.xml", xml));
        List<String> l = listing(reg);
        assertTrue(l.contains("art_6__para_1 | relative | 前条 | art_5"), l.toString());
        assertTrue(l.contains("art_6__para_1 | relative | 次条 | art_7"), l.toString());
        assertTrue(l.contains("art_6__para_1 | absolute | 第５条第２項 | art_5__para_2"), l.toString());
        assertTrue(l.contains("art_5__para_2 | relative | 前項 | art_5__para_1"), l.toString());
        assertTrue(l.contains("art_6__para_1 | relative | 同条第１項 | art_5__para_1"), "同条 is the article named last: " + l);
    }

    @Test
    void aBareItemNumberIsTheNearestItemsBeforeItAndNoTableRow(@TempDir Path dir) throws Exception {
        // from e-Gov data: 132M10001000024 第五十一条第二項 (its first and third paragraphs have items),
        // and 第三条第一項の表第一号, a row of a table, which had been taken for an item
        String items = "<Item Num=\"1\"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>交付</Sentence></ItemSentence></Item>"
                + "<Item Num=\"2\"><ItemTitle>二</ItemTitle><ItemSentence><Sentence>再交付</Sentence></ItemSentence></Item>";
        String xml = TestFiles.cabinetOrder("<Article Num=\"1\"><ArticleTitle>第一条</ArticleTitle>"
                + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence>手数料ハ左ノ如シ</Sentence></ParagraphSentence>" + items
                + "</Paragraph><Paragraph Num=\"2\"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>"
                + "前項ノ手数料ハ第一号ノ場合ニ於テハ申請書ニ、第二号ノ場合ニ於テハ納付書ニ貼用スヘシ</Sentence></ParagraphSentence></Paragraph>"
                + "<Paragraph Num=\"3\"><ParagraphNum>３</ParagraphNum><ParagraphSentence><Sentence>左ノ場合ハ此限ニ在ラス</Sentence>"
                + "</ParagraphSentence>" + items + "</Paragraph></Article>"
                + "<Article Num=\"2\"><ArticleTitle>第二条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence>"
                + "<Sentence>額は、第一条第一項の表第一号に掲げる額とする。</Sentence></ParagraphSentence></Paragraph></Article>");
        List<String> l = listing(Regkit.load(TestFiles.write(dir, "t.xml", xml)));
        assertEquals(List.of("art_1__para_2 | relative | 前項 | art_1__para_1",
                "art_1__para_2 | absolute | 第一号 | art_1__para_1__item_1",
                "art_1__para_2 | absolute | 第二号 | art_1__para_1__item_2",
                "art_2__para_1 | absolute | 第一条第一項 | art_1__para_1"), l);
    }

    @Test
    void aGroupingIsReadInsideTheGroupingsTheReferenceStandsIn(@TempDir Path dir) throws Exception {
        // as the Civil Code writes 第三章第一節 in 第二編 and 第四款 in a 節: nearest enclosing grouping first
        String text = "○試験規則\n令和７年４月１日\n警察本部訓令第１号\n第１章　総則\n第１節　通則\n"
                + "第１条　この規則は、試験について定める。\n第２節　用語\n第２条　この規則の用語は、法の例による。\n"
                + "第２章　実施\n第１節　準備\n第３条　第２節の規定は、準備について準用する。第１章第２節の規定も、同様とする。\n"
                + "第２節　実施\n第４条　試験は、毎年実施する。\n";
        Path file = TestFiles.write(dir, "g.txt", text);
        Path xml = TestFiles.write(dir, "g.xml", new String(Regkit.importText(TestFiles.bytes(file), file.toString(),
                new org.regkit.ingest.ImportOptions(null, null)).xml(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("art_3__para_1 | absolute | 第２節 | chap_2__sec_2", "art_3__para_1 | absolute | 第１章第２節 | chap_1__sec_2"),
                listing(Regkit.load(xml)));
    }

    @Test
    void aProvisionOfAnotherLawNamedByAShortTitleIsExternal() throws Exception {
        // as a cabinet order cites its parent act (法第二条), the law just named (同法) or another order
        List<String> l = referencesAddedToArticle6("法第二十条第一項又は第二十一条の規定による監査、同法第五条の報告、警察法施行令第三条の事務及び"
                + "この訓令第５条第２項の規定による措置並びに本訓令第４条の原則についても、同様とする。附則第１項の日から適用する。法附則第二条の期間も同様とする。");
        assertEquals(List.of(
                "art_6__para_1 | external | 第二十条第一項 | 法/null/第二十条第一項",
                "art_6__para_1 | external | 第二十一条 | 法/null/第二十一条",
                "art_6__para_1 | external | 第五条 | 同法/null/第五条",
                "art_6__para_1 | external | 第三条 | 警察法施行令/null/第三条",
                "art_6__para_1 | absolute | 第５条第２項 | art_5__para_2",
                "art_6__para_1 | absolute | 第４条 | art_4",
                "art_6__para_1 | absolute | 附則第１項 | suppl_1__para_1",
                "art_6__para_1 | external | 附則第二条 | 法/null/附則第二条"), l);
    }

    @Test
    void aLawsTitleStartsAfterTheWordsThatLeadToIt() {
        // forms from e-Gov's data, where the words before a title run on without punctuation
        assertEquals("健康保険法", ExternalReferences.lawTitle("附則第六条中健康保険法"));
        assertEquals("国家公務員等共済組合法", ExternalReferences.lawTitle("第一条の規定による改正前の国家公務員等共済組合法"));
        assertEquals("ガス事業法", ExternalReferences.lawTitle("又はガス事業法"));
        assertEquals("一般社団法人及び一般財団法人に関する法律", ExternalReferences.lawTitle("及び一般社団法人及び一般財団法人に関する法律"));
        assertEquals("独立行政法人通則法", ExternalReferences.lawTitle("この法律及び独立行政法人通則法"));
        assertEquals("投資信託及び投資法人に関する法律", ExternalReferences.lawTitle("施行日前に投資信託及び投資法人に関する法律"));
        assertEquals("日本国に駐留するアメリカ合衆国軍隊等の行為による特別損失の補償に関する法律",
                ExternalReferences.lawTitle("防衛施設周辺環境整備法第十三条第一項及び日本国に駐留するアメリカ合衆国軍隊等の行為による特別損失の補償に関する法律"));
        assertEquals("非訟事件手続法", ExternalReferences.lawTitle("管轄スル地方裁判所ニ於テ非訟事件手続法"));
        assertEquals("銀行法", ExternalReferences.lawTitle("無尽会社ノ無尽業法第十三条ノ二ニ於テ準用スル銀行法"));
        // titles that hold such words stay whole: a provision cited, 事項及び, 規則及び, 又ハ, 号ハ
        for (String title : List.of("信用金庫法第八十九条第一項において準用する銀行法第二十六条第二項に規定する区分等を定める命令",
                "船員法第百四条第一項の規定により市町村が処理する事務に関する政令",
                "食品表示法第六条第三項の内閣府令・財務省令で定める表示事項及び遵守事項等を定める命令",
                "都市再生特別措置法施行規則及び都市計画法施行規則の一部を改正する省令",
                "国立ハンセン病療養所名誉所長の称号の授与に関する省令",
                "貸金業の規制等に関する法律施行令の一部を改正する政令附則第二十条第二項第一号ハに規定する会社に関する内閣府令")) {
            assertEquals(title, ExternalReferences.lawTitle(title));
        }
    }

    @Test
    void aTitleLongerThanMostIsReadWholeButNotPastAProvisionCited() throws Exception {
        String longTitle = "失業保険法及び労働者災害補償保険法の一部を改正する法律及び労働保険の保険料の徴収等に関する法律の施行に伴う関係法律の整備等に関する法律";
        List<String> l = referencesAddedToArticle6(longTitle + "（昭和四十四年法律第八十五号）第一条の例による。第５条の規定により国がその費用について補助することができる施設の設置で"
                + "日本電信電話株式会社の株式の売払収入の活用による社会資本の整備の促進に関する特別措置法（昭和六十二年法律第八十六号）第二条第一項第二号に該当するもの");
        assertTrue(l.contains("art_6__para_1 | external | " + longTitle + "（昭和四十四年法律第八十五号）第一条 | "
                + longTitle + "/昭和四十四年法律第八十五号/第一条"), l.toString());
        assertTrue(l.contains("art_6__para_1 | absolute | 第５条 | art_5"), l.toString());
    }

    @Test
    void sameArticleOrParagraphMeansWhatWasNamedLastAtThatLevelBeforeIt() throws Exception {
        // 同条 after another law's article is that law's; 同項 stays this law's until that law's paragraph is named;
        // and a 同条 before the other law is named is still this law's
        List<String> l = referencesAddedToArticle6("第５条第２項及び同条第１項の措置は、法人税法（昭和四十年法律第三十四号）第四条の二に規定する法人が同条の規定により"
                + "行うものを含み、同項の報告は、介護保険法（平成九年法律第百二十三号）第八条第二項に規定する訪問介護及び同項第一号の事業を除く。");
        assertEquals(List.of(
                "art_6__para_1 | absolute | 第５条第２項 | art_5__para_2",
                "art_6__para_1 | relative | 同条第１項 | art_5__para_1",
                "art_6__para_1 | external | 法人税法（昭和四十年法律第三十四号）第四条の二 | 法人税法/昭和四十年法律第三十四号/第四条の二",
                "art_6__para_1 | external | 同条 | 法人税法/null/同条",
                "art_6__para_1 | relative | 同項 | art_5__para_1",
                "art_6__para_1 | external | 介護保険法（平成九年法律第百二十三号）第八条第二項 | 介護保険法/平成九年法律第百二十三号/第八条第二項",
                "art_6__para_1 | external | 同項第一号 | 介護保険法/null/同項第一号"), l);
    }

    @Test
    void aListOfAnotherLawsProvisionsGoesOnPastTheirCaptions() throws Exception {
        // as laws apply the Companies Act: each provision with its caption, some with a limit first
        List<String> l = referencesAddedToArticle6("会社法（平成十七年法律第八十六号）第八百六十九条（疎明）、第八百七十四条（第四号に係る部分に限る。）（非訟事件の裁判の告知）、"
                + "第五条（定義）の規定を準用する。");
        assertEquals(List.of(
                "art_6__para_1 | external | 会社法（平成十七年法律第八十六号）第八百六十九条 | 会社法/平成十七年法律第八十六号/第八百六十九条",
                "art_6__para_1 | external | 第八百七十四条 | 会社法/null/第八百七十四条",
                "art_6__para_1 | external | 第四号 | 会社法/null/第四号",
                "art_6__para_1 | external | 第五条 | 会社法/null/第五条"), l);
    }

    @Test
    void aRowOrNoteOfATableIsNoItemAndNeitherIsASameNumberAfterIt() throws Exception {
        // 別表第一第八号, 中欄第三号, 備考第四号, 加工事業者の項第一号, 表の第３号 and a list of rows (別表第二第六号、第七号及び
        // 第十号): rows, columns and notes of tables, as e-Gov's data writes them
        List<String> l = referencesAddedToArticle6("別表第一第八号の中欄第三号に掲げる者（同号の備考第四号に掲げる者及び加工事業者の項第一号の者を含む。）、"
                + "別表第二第六号、第七号及び第十号に掲げる者並びに第１項の表の第３号に掲げる者は、第３条第１項第２号のシステム及び同号の利用者とする。");
        assertEquals(List.of(
                "art_6__para_1 | absolute | 第１項 | art_6__para_1",
                "art_6__para_1 | absolute | 第３条第１項第２号 | art_3__para_1__item_2",
                "art_6__para_1 | relative | 同号 | art_3__para_1__item_2"), l);
    }

    @Test
    void aReferenceToNothingIsAWarningThatStrictValidationCounts(@TempDir Path dir) throws Exception {
        // what regkit cannot place is a finding about regkit's reading, not a reason to refuse the text
        Path bad = TestFiles.write(dir, "r.xml", TestFiles.text(TestFiles.SEED_XML).replace("前２号のシステム", "第１５号のシステム"));
        var checked = Regkit.check(bad);
        assertTrue(checked.valid(), checked.problems().toString());
        assertTrue(checked.problems().stream().anyMatch(p -> !p.isError() && p.message().contains("「第１５号」") && p.line() > 0),
                checked.problems().toString());
        assertEquals(ExitCode.FINDINGS, Cli.run("refs", bad.toString()).code());
        Cli v = Cli.run("validate", bad.toString());
        assertEquals(ExitCode.OK, v.code(), v.err());
        assertTrue(v.err().contains("r.xml:") && v.err().contains(": warning: reference 「第１５号」"), v.err());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", "--strict", bad.toString()).code());
    }

    @Test
    void renderedDocumentsLinkEveryInternalReferenceAndMarkExternalOnes() throws Exception {
        var reg = Regkit.load(TestFiles.SEED_XML);
        var html = new java.io.ByteArrayOutputStream();
        Regkit.renderHtml(reg, java.time.LocalDate.now(), html);
        String page = html.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<a class=\"ref\" href=\"#art_3__para_1__item_1\">前２号</a>のシステム"), "前２号 links to item (1)");
        assertTrue(page.contains("<a class=\"ref\" href=\"#art_3__para_1__item_1__subitem1_1\">アに掲げる</a>"));
        assertTrue(page.contains("<span class=\"ref external\" title=\"公文書等の管理に関する法律（平成21年法律第66号）\">"));
        assertEquals(8, page.split("<a class=\"ref\"", -1).length - 1, "every internal reference of the seed");
        var pdf = new java.io.ByteArrayOutputStream();
        Regkit.renderPdf(reg, java.time.LocalDate.now(), new org.regkit.render.PdfOptions(org.regkit.render.FontLocator.Request.DEFAULT, org.regkit.render.PdfProfile.PDFA_2B), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            int links = 0;
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                for (var a : doc.getPage(i).getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) {
                        links++;
                    }
                }
            }
            assertEquals(8, links, "one link per internal reference in the body");
        }
    }

    @Test
    void aBareItemInAParagraphWithoutItemsIsTheArticlesAndATermIsNoReference() throws Exception {
        // from e-Gov data: 船舶法施行細則第五十一条第二項「第一号乃至第三号ノ場合ニ於テハ」names the first
        // paragraph's items; 電波法「第一号包括免許人」is a defined term, not item 1 of anything
        String law = """
                <Law Era="Showa" Year="25" Num="1" LawType="Act" Lang="ja"><LawNum>昭和二十五年法律第一号</LawNum><LawBody>
                <LawTitle>試験法</LawTitle><MainProvision>
                <Article Num="1"><ArticleTitle>第一条</ArticleTitle>
                  <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>次に掲げる者は、届け出なければならない。</Sentence></ParagraphSentence>
                    <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>甲</Sentence></ItemSentence></Item>
                    <Item Num="2"><ItemTitle>二</ItemTitle><ItemSentence><Sentence>乙</Sentence></ItemSentence></Item></Paragraph>
                  <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>第一号又は第二号の届出は、第一号包括免許人が受ける。</Sentence></ParagraphSentence></Paragraph>
                </Article>
                <Article Num="2"><ArticleTitle>第二条</ArticleTitle>
                  <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>この法律において「第一号包括免許人」とは、包括免許を受けた者をいう。</Sentence></ParagraphSentence>
                    <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>第一号包括免許人の届出</Sentence></ItemSentence></Item></Paragraph>
                </Article></MainProvision></LawBody></Law>
                """;
        Path f = TestFiles.write(tmp, "law.xml", law);
        assertEquals(List.of(
                "art_1__para_1 | relative | 次に掲げる | art_1__para_1__item_1,art_1__para_1__item_2",
                "art_1__para_2 | absolute | 第一号 | art_1__para_1__item_1",
                "art_1__para_2 | absolute | 第二号 | art_1__para_1__item_2"), listing(Regkit.load(f)));
    }

    @Test
    void refsAndTermsCommands() throws Exception {
        Cli refs = Cli.run("refs", TestFiles.SEED_XML.toString(), "--format", "json");
        assertEquals(ExitCode.OK, refs.code(), refs.err());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var zen2 = java.util.stream.StreamSupport.stream(mapper.readTree(refs.out()).get("references").spliterator(), false)
                .filter(r -> r.get("text").asText().equals("前２号")).findFirst().orElseThrow();
        assertEquals("art_3__para_1__item_1", zen2.get("targets").get(0).get("id").asText());
        assertEquals("relative", zen2.get("kind").asText());
        assertTrue(zen2.get("resolved").asBoolean());
        Cli terms = Cli.run("terms", TestFiles.SEED_XML.toString(), "--format", "json");
        assertTrue(java.util.stream.StreamSupport.stream(mapper.readTree(terms.out()).get("terms").spliterator(), false)
                .anyMatch(t -> t.get("term").asText().equals("相互接続") && t.get("scope").asText().equals("regulation")), terms.out());
    }

    @Test
    void everyDefinedTermOfTheSeedWithItsProvision() throws Exception {
        Regulation seed = Regkit.load(TestFiles.SEED_XML);
        var byTerm = new java.util.LinkedHashMap<String, String>();
        for (DefinedTerm t : DefinedTerms.find(seed)) {
            byTerm.put(t.term(), t.provision().id().value());
        }
        assertEquals("art_2__para_1", byTerm.get("警察情報システム"));
        assertEquals("art_3__para_1__item_1", byTerm.get("電子行政文書"));
        assertEquals("art_3__para_1__item_2", byTerm.get("電子公文書"));
        assertEquals("art_3__para_1__item_3", byTerm.get("警察情報管理システム"));
        for (String t : List.of("電子計算機接続", "端末接続", "相互接続")) {
            assertEquals("art_3__para_1__item_11", byTerm.get(t), t);
        }
        assertEquals("art_3__para_1__item_7", byTerm.get("警察庁ＷＡＮシステム（Ｐ－ＷＡＮ）"));
        DefinedTerm local = DefinedTerms.find(seed).stream().filter(t -> t.term().equals("警察共通基盤")).findFirst().orElseThrow();
        assertTrue(!local.throughout(), "no 以下同じ: defined only where it stands");
        Provision p = local.provision();
        assertEquals("art_3__para_1__item_6", p.id().value());
    }
}
