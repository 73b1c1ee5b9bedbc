package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionId;
import org.regkit.model.Regulation;
import org.regkit.render.PdfProfile;
import org.regkit.render.Rendered;
import org.regkit.io.Problem;
import org.xmlunit.builder.DiffBuilder;

/**
 * e-Gov law XML as it is published: the older one-line serialisation with every default attribute
 * spelt out, and the API v2 response with its pretty-printed law; both hold the same cabinet order
 * (kanji numbering, a definition item in two columns, イ/ロ, a proviso, a deleted range 第三条から第五条まで,
 * an original and an amending 附則 with AmendLawNum and Extract, an appended table with remarks,
 * ruby, superscript and subscript) and, as real data sometimes does, a List between a
 * ParagraphSentence and its Items, which the official schema does not allow there.
 */
class EgovPublishedDataTest {
    static final Path ONE_LINE = TestFiles.resource("egov/one-line-law.xml");
    static final Path API_V2 = TestFiles.resource("egov/api-v2-response.xml");

    @TempDir
    Path tmp;

    private Path imported(Path source, List<Problem> warnings) throws Exception {
        Imported r = EgovXml.importLaw(Files.readAllBytes(source), source.toString(), "shiken");
        warnings.addAll(r.warnings());
        return Files.write(tmp.resolve(source.getFileName()), r.xml());
    }

    @Test
    void theOneLineSerialisationImportsWithAWarningLoadsAndExportsUnchanged() throws Exception {
        List<Problem> warnings = new java.util.ArrayList<>();
        Path xml = imported(ONE_LINE, warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        Problem w = warnings.get(0);
        assertFalse(w.isError());
        assertEquals(2, w.line(), "located in the published file: " + w);
        assertTrue(w.column() > 2000 && w.message().contains("'Paragraph'"), w.toString());

        Regkit.Checked checked = Regkit.check(xml);
        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals(1, checked.problems().size(), "the same deviation, now a warning of the regulation file");

        byte[] exported = org.regkit.export.EgovExport.of(checked.regulation().document());
        assertFalse(DiffBuilder.compare(TestFiles.text(ONE_LINE)).withTest(exported).checkForIdentical().build().hasDifferences(),
                "strict e-Gov out, byte for byte the same XML (Delete=\"false\" and all)");
    }

    @Test
    void everyStructureOfTheOrderIsThere() throws Exception {
        Regulation reg = Regkit.load(imported(ONE_LINE, new java.util.ArrayList<>()));
        assertEquals(List.of("1", "2", "3:5", "6"), reg.mainArticles().stream().map(Provision::num).toList());
        assertEquals("第一条", reg.find(new ProvisionId("art_1")).title());
        assertEquals("ロ", reg.find(new ProvisionId("art_1__para_1__item_2__subitem1_2")).title());
        assertTrue(reg.find(new ProvisionId("art_3-5")).deleted());
        assertTrue(reg.find(new ProvisionId("art_2__para_1")).text().contains("ただし、前条第二号ロに掲げるものについては、この限りでない。"));
        assertEquals(2, reg.suppls().size());
        var amending = (org.w3c.dom.Element) reg.document().getElementsByTagName("SupplProvision").item(1);
        assertEquals("令和二年三月三十一日政令第五十号", amending.getAttribute("AmendLawNum"));
        assertEquals("true", amending.getAttribute("Extract"));
        String text = Regkit.exportText(reg);
        for (String s : new String[] {"一　試験機関　法第二条第一項に規定する試験機関をいう。", "届出の様式は、別表第一による。",
                "第三条から第五条まで　削除", "附　則（令和二年三月三十一日政令第五十号）　抄", "別表第一", "届出　千二百円", "金額は消費税を含む。"}) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
        assertTrue(text.indexOf("届出の様式は") < text.indexOf("一　名称及び所在地"), "the List keeps its place before the items");
    }

    @Test
    void theApiV2ResponseIsTheSameLawWithItsRevision() throws Exception {
        List<Problem> warnings = new java.util.ArrayList<>();
        Path v2 = imported(API_V2, warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(101, warnings.get(0).line(), "a line of the response file: " + warnings.get(0));
        Regulation fromV2 = Regkit.load(v2);
        Regulation fromOneLine = Regkit.load(imported(ONE_LINE, new java.util.ArrayList<>()));
        assertEquals(Regkit.exportText(fromOneLine), Regkit.exportText(fromV2), "pretty-printed or one line, the same law");
        assertEquals(java.time.LocalDate.of(2020, 4, 1), fromV2.effectiveDate());
        String xml = Files.readString(v2);
        assertTrue(xml.contains("revision=\"415CO0000000088_20200401_502CO0000000050\""), xml.substring(0, 700));
        assertTrue(xml.contains("<rk:Status>in-force</rk:Status>"));
        assertTrue(xml.contains("<rk:PromulgationDate date=\"2003-03-26\">平成十五年三月二十六日</rk:PromulgationDate>"),
                "dates written the way the law writes numbers");
    }

    @Test
    void rendersInTheNationalStyle() throws Exception {
        Regulation reg = Regkit.load(imported(ONE_LINE, new java.util.ArrayList<>()));
        String html = new String(Rendered.html(reg), StandardCharsets.UTF_8);
        assertTrue(html.contains("<ruby>施<rt>し</rt></ruby>") && html.contains("m<sup>2</sup>") && html.contains("CO<sub>2</sub>"));
        assertTrue(html.contains("<title>試験施行令</title>"), "no ruby reading in the page title");
        String text = html.replaceAll("<[^>]+>", "");
        for (String s : new String[] {"第一条", "第三条から第五条まで", "附　則", "別表第一", "千二百円"}) {
            assertTrue(text.contains(s), "HTML: " + s);
        }
        assertTrue(text.indexOf("届出の様式は") < text.indexOf("名称及び所在地"), "HTML keeps the published order");
        try (PDDocument pdf = Loader.loadPDF(Rendered.pdf(reg, PdfProfile.PDFA_2B))) {
            String pdfText = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", "");
            for (String s : new String[] {"第一条この政令において", "一試験機関", "イCO", "第三条から第五条まで削除", "別表第一", "千二百円"}) {
                assertTrue(pdfText.contains(s), "PDF: " + s + " in " + pdfText);
            }
            assertTrue(pdfText.indexOf("届出の様式は") < pdfText.indexOf("名称及び所在地"), "PDF keeps the published order");
            assertEquals("試験施行令", pdf.getDocumentInformation().getTitle(), "no ruby reading in the metadata");
            assertFalse(pdfText.contains("試験施し行令"), "nor in the running header and contents");
        }
    }

    @Test
    void pairedDeletionsAndAmendingProvisionsAsAmendmentActsWriteThem() throws Exception {
        String law = TestFiles.text(ONE_LINE)
                .replace("<Article Num=\"3:5\" Delete=\"false\" Hide=\"false\"><ArticleTitle>第三条から第五条まで</ArticleTitle>",
                        "<Article Num=\"3:4\"><ArticleTitle>第三条及び第四条</ArticleTitle>")
                .replace("<Article Num=\"6\" Delete=\"false\" Hide=\"false\">", "<Article Num=\"5\"><ArticleTitle>第五条</ArticleTitle>"
                        + "<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">試験令の一部を次のように改正する。</Sentence>"
                        + "</ParagraphSentence><AmendProvision><AmendProvisionSentence><Sentence Num=\"1\">第九条の次に次の一条を加える。</Sentence>"
                        + "</AmendProvisionSentence><NewProvision><Article Num=\"9_2\"><ArticleCaption>（報告）</ArticleCaption>"
                        + "<ArticleTitle>第九条の二</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">"
                        + "前条の規定により報告する。</Sentence></ParagraphSentence></Paragraph></Article></NewProvision></AmendProvision>"
                        + "</Paragraph></Article><Article Num=\"6\" Delete=\"false\" Hide=\"false\">");
        assertTrue(law.contains("第三条及び第四条") && law.contains("第九条の二"));
        Path source = TestFiles.write(tmp, "amending.xml", law);
        Regulation reg = Regkit.load(imported(source, new java.util.ArrayList<>()));
        assertEquals(List.of("1", "2", "3:4", "5", "6"), reg.mainArticles().stream().map(Provision::num).toList(),
                "第三条及び第四条 is the range 3:4; the article quoted in the amendment is not one of this order's");
        assertTrue(reg.find(new ProvisionId("art_3-4")).deleted());
        String text = Regkit.exportText(reg);
        assertTrue(text.contains("第九条の次に次の一条を加える。\n（報告）\n第九条の二　前条の規定により報告する。\n"), text);
        assertTrue(Regkit.references(reg).stream().noneMatch(r -> r.text().equals("前条") && r.source().num().equals("5")),
                "words inside the quoted article are not this order's references");
    }

    @Test
    void branchNumbersAndEgovSubitemTitles() throws Exception {
        String item2 = "<Item Num=\"2\" Delete=\"false\" Hide=\"false\"><ItemTitle>二</ItemTitle>";
        String law = TestFiles.text(ONE_LINE).replace(item2, "<Item Num=\"1_2\"><ItemTitle>一の二</ItemTitle><ItemSentence>"
                + "<Sentence Num=\"1\">枝番の号</Sentence></ItemSentence><Subitem1 Num=\"1\"><Subitem1Title>イ</Subitem1Title>"
                + "<Subitem1Sentence><Sentence Num=\"1\">細分イ</Sentence></Subitem1Sentence><Subitem2 Num=\"1\"><Subitem2Title>（１）"
                + "</Subitem2Title><Subitem2Sentence><Sentence Num=\"1\">細分（１）</Sentence></Subitem2Sentence>"
                + "<Subitem3 Num=\"1\"><Subitem3Title>（ｉ）</Subitem3Title><Subitem3Sentence><Sentence Num=\"1\">細分（ｉ）</Sentence>"
                + "</Subitem3Sentence></Subitem3><Subitem3 Num=\"2\"><Subitem3Title>（ｉｉ）</Subitem3Title><Subitem3Sentence>"
                + "<Sentence Num=\"1\">細分（ｉｉ）</Sentence></Subitem3Sentence></Subitem3></Subitem2></Subitem1></Item>" + item2);
        assertTrue(law.contains("一の二"));
        Path xml = imported(TestFiles.write(tmp, "branches.xml", law), new java.util.ArrayList<>());
        Regkit.Checked checked = Regkit.check(xml);
        assertTrue(checked.valid(), "一の二, （１） and full-width （ｉ）（ｉｉ） as e-Gov writes them: " + checked.problems());
        var r = Regkit.citations(checked.regulation()).resolve("第一条第一号の二イ（１）（ｉｉ）");
        assertEquals("art_1__para_1__item_1_2__subitem1_1__subitem2_1__subitem3_2", r.provision().id().value());
    }

    @Test
    void onlyAnElementTheVocabularyDoesNotHaveIsAnError() throws Exception {
        String law = TestFiles.text(ONE_LINE);
        // an Item straight inside an Article is not where the vocabulary puts it, but e-Gov publishes such
        // things (a Subitem1Title inside a Subitem2): a warning, the law kept as it stands
        Path misplaced = TestFiles.write(tmp, "misplaced.xml", law.replace("<ArticleTitle>第六条</ArticleTitle>",
                "<ArticleTitle>第六条</ArticleTitle><Item Num=\"1\"><ItemSentence><Sentence>迷子</Sentence></ItemSentence></Item>"));
        // after the List out of order, the ParagraphSentence is gone as well
        Path missing = TestFiles.write(tmp, "missing.xml", law.replace("<ParagraphSentence><Sentence Function=\"main\" Num=\"1\" "
                + "WritingMode=\"vertical\">試験機関は、毎年度、次の事項を届け出なければならない。</Sentence><Sentence Function=\"proviso\" Num=\"2\" "
                + "WritingMode=\"vertical\">ただし、前条第二号ロに掲げるものについては、この限りでない。</Sentence></ParagraphSentence>", ""));
        for (Path p : List.of(misplaced, missing)) {
            assertFalse(law.equals(Files.readString(p)), "the fixture changed");
            Path out = tmp.resolve("out-" + p.getFileName());
            Cli imp = Cli.run("import", "egov", p.toString(), "-o", out.toString());
            assertEquals(ExitCode.OK, imp.code(), "published data is never refused: " + imp.err());
        }
        Cli v = Cli.run("validate", tmp.resolve("out-misplaced.xml").toString());
        assertEquals(ExitCode.OK, v.code(), v.err());
        assertTrue(v.err().contains("warning: 'Item' is not where the vocabulary puts it (inside 'Article')"), v.err());
        // an element the vocabulary does not have is an error: regkit cannot know what it means
        Path unknown = TestFiles.write(tmp, "unknown.xml", law.replace("<ArticleTitle>第六条</ArticleTitle>",
                "<ArticleTitle>第六条</ArticleTitle><Bogus/>"));
        Cli u = Cli.run("validate", unknown.toString());
        assertEquals(ExitCode.FINDINGS, u.code(), u.err());
        assertTrue(u.err().contains("error:") && u.err().contains("'Bogus'"), u.err());
        // a required child missing is data the law lacks, not a broken document: a warning
        Cli w = Cli.run("validate", tmp.resolve("out-missing.xml").toString());
        assertEquals(ExitCode.OK, w.code(), w.err());
        assertTrue(w.err().contains("warning: element 'Paragraph' lacks its ParagraphSentence"), w.err());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", "--strict", tmp.resolve("out-missing.xml").toString()).code());
    }
}
