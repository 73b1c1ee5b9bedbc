package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.io.InputException;
import org.xmlunit.builder.DiffBuilder;

class HtmlImporterTest {
    static final ImportOptions OPTIONS = new ImportOptions(null, "r");

    @TempDir
    Path tmp;

    private static void assertSameRegulation(byte[] expected, byte[] actual) {
        var d = DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace()
                .withNodeFilter(n -> !"Source".equals(n.getLocalName())).checkForIdentical().build();
        assertFalse(d.hasDifferences(), d::toString);
    }

    private static byte[] fromText(String fixture) throws Exception {
        Path text = TestFiles.resource("ingest/" + fixture);
        return TextImporter.importText(TestFiles.bytes(text), text.toString(), OPTIONS).xml();
    }

    @Test
    void renderingThenImportingGivesBackTheSameDocument() throws Exception {
        for (String fixture : List.of("security-rules.txt", "national-style.txt", "reference-forms.txt", "appendices.txt")) {
            byte[] xml = fromText(fixture);
            Path file = Files.write(tmp.resolve(fixture + ".xml"), xml);
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            Regkit.renderHtml(Regkit.load(file), java.time.LocalDate.now(), html);
            assertSameRegulation(xml, HtmlImporter.importHtml(html.toByteArray(), fixture + ".html", OPTIONS).xml());
        }
        ByteArrayOutputStream seed = new ByteArrayOutputStream();
        Regkit.renderHtml(Regkit.load(TestFiles.SEED_XML), java.time.LocalDate.now(), seed);
        assertSameRegulation(TestFiles.bytes(TestFiles.SEED_XML), HtmlImporter.importHtml(seed.toByteArray(), "seed.html",
                new ImportOptions(null, "saitama-police-info-systems")).xml());
    }

    /** The seed as a 例規集 site publishes it: Shift_JIS, layout tables, <br>, full-width spaces, navigation. */
    private static String reikiPage() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"Shift_JIS\"><title>例規</title>"
                + "<script>var menu = '第１条 偽物';</script><style>td{padding:0}</style></head><body>"
                + "<nav><a href=\"/\">トップ</a>　<a href=\"/list\">一覧</a></nav><div id=\"law\">");
        String[] lines = TestFiles.text(TestFiles.SEED_TEXT).split("\n");
        boolean open = false;
        String previous = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            // the source broke this paragraph mid-sentence: a full-width line not ending a sentence
            boolean brokenBefore = previous.length() >= 38 && !previous.endsWith("。") && !raw.startsWith(" ");
            previous = line;
            boolean starts = line.startsWith("(") || line.matches("^[アイ２] .*") || line.startsWith("第") && line.contains("条 ");
            if (line.startsWith("(")) {
                if (open) {
                    b.append("</p>");
                    open = false;
                }
                b.append("<table><tr><td width=\"16\">&nbsp;</td><td>").append(line.replaceFirst(" ", "</td><td>"))
                        .append("</td></tr></table>");
                continue;
            }
            if (starts || !open || !brokenBefore) {
                if (open) {
                    b.append("</p>");
                }
                b.append("<p>").append(line.replace(" ", "\u3000"));
                open = true;
            } else {
                b.append("<br>").append(line);
            }
        }
        return b.append(open ? "</p>" : "").append("</div></body></html>").toString();
    }

    @Test
    void aReikiPageInShiftJisImportsToTheSameDocument() throws Exception {
        byte[] page = reikiPage().getBytes(Charset.forName("windows-31j"));
        Imported r = HtmlImporter.importHtml(page, "reiki.html", new ImportOptions(null, "saitama-police-info-systems"));
        assertEquals("windows-31j", r.encoding().toLowerCase(java.util.Locale.ROOT), "a Shift_JIS label read as Windows-31J");
        assertSameRegulation(TestFiles.bytes(TestFiles.SEED_XML), r.xml());
    }

    /**
     * The national-style rules as a 例規 database serves a page: Shift_JIS declared the old way
     * (http-equiv), a paragraph per line, numbers in spans of their own, non-breaking spaces for
     * indentation and after item numbers, ruby with its reading, breadcrumbs and a site footer.
     */
    private static String databasePage() {
        StringBuilder b = new StringBuilder("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "<title>規則</title></head><body><nav>例規集 &gt; 第５編 &gt; 規則</nav><div class=\"law\">");
        for (String raw : TestFiles.text(TestFiles.resource("ingest/national-style.txt")).split("\n")) {
            String line = raw.stripTrailing();
            int indent = line.length() - line.replaceFirst("^\u3000+", "").length();
            String text = line.substring(indent);
            if (text.startsWith("○")) {
                b.append("<h2 class=\"title\">").append(text.substring(1).replace("規則", "<ruby>規則<rp>(</rp><rt>きそく</rt><rp>)</rp></ruby>"))
                        .append("</h2>");
            } else if (text.matches("^[一二三四五六七八九十]+\u3000.*|^[イロハ]\u3000.*|^\\([0-9ivx]+\\)\u3000.*")) {
                String[] numAndText = text.split("\u3000", 2);
                b.append("<div class=\"item\" style=\"margin-left:").append(indent).append("em\"><p><span class=\"num\">")
                        .append(numAndText[0]).append("</span>&nbsp;&nbsp;").append(numAndText[1]).append("</p></div>");
            } else if (text.startsWith("第") && text.contains("\u3000")) {
                String[] numAndText = text.split("\u3000", 2);
                b.append("<p class=\"article\"><span class=\"num\">").append(numAndText[0].replaceAll("(.)", "<span>$1</span>"))
                        .append("</span>&emsp;<span class=\"p\">").append(numAndText[1]).append("</span></p>");
            } else {
                b.append("<p>").append("&emsp;".repeat(indent)).append(text).append("</p>");
            }
        }
        return b.append("</div><footer><a href=\"#top\">ページの先頭へ</a>　お問い合わせ：総務課</footer></body></html>").toString();
    }

    /** The same rules as an older site publishes them: the text as it is, in a pre block, EUC-JP. */
    private static String preformattedPage() {
        return "<html><head><meta charset=\"EUC-JP\"><title>規則</title></head><body><pre>\n"
                + TestFiles.text(TestFiles.resource("ingest/national-style.txt")).replace("&", "&amp;").replace("<", "&lt;")
                + "</pre></body></html>";
    }

    @Test
    void databaseAndPreformattedPagesImportLikeTheText() throws Exception {
        byte[] expected = fromText("national-style.txt");
        Imported database = HtmlImporter.importHtml(databasePage().getBytes(Charset.forName("windows-31j")), "db.html", OPTIONS);
        assertSameRegulation(expected, database.xml());
        Imported pre = HtmlImporter.importHtml(preformattedPage().getBytes(Charset.forName("EUC-JP")), "pre.html", OPTIONS);
        assertEquals("euc-jp", pre.encoding().toLowerCase(java.util.Locale.ROOT));
        assertSameRegulation(expected, pre.xml());
    }

    @Test
    void undecodablePagesAreAnError() {
        byte[] page = "<html><head><meta charset=\"UTF-8\"></head><body><p>".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[page.length + 3];
        System.arraycopy(page, 0, bad, 0, page.length);
        bad[page.length] = (byte) 0xFF;
        bad[page.length + 1] = (byte) 0xFE;
        bad[page.length + 2] = (byte) 0x80;
        InputException e = assertThrows(InputException.class, () -> HtmlImporter.importHtml(bad, "bad.html", OPTIONS));
        assertTrue(e.problems().get(0).message().contains("cannot be decoded"), e.problems().get(0).message());
    }
}
