package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;
import org.regkit.model.Regulation;
import org.regkit.refs.Reference;
import org.regkit.io.Problem;

/**
 * What the e-Gov bulk data taught regkit, reproduced in a law of our own (egov/published-quirks.xml):
 * attributes e-Gov's schema lacks, Num="" on the law, ranges of deleted items (一から三まで, イ・ロ), a
 * branch written with ノ, ○２, an item numbered ロ, two items numbered alike, a title in a parent that
 * may not hold it, an amending act's 附則 whose 第N条 are that act's, lists of another law's provisions,
 * a law named by its number alone, and mixed content indented by a pretty-printer.
 */
class PublishedQuirksTest {
    static final Path QUIRKS = TestFiles.resource("egov/published-quirks.xml");

    @TempDir
    Path tmp;

    @Test
    void aPublishedLawLoadsWithWarningsOnlyAboutWhatRegkitCannotPlace() throws Exception {
        Regkit.Checked c = Regkit.check(QUIRKS);
        assertTrue(c.valid(), c.problems().toString());
        List<String> warnings = c.problems().stream().map(Problem::message).toList();
        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("The value 'ロ' of attribute 'Num'")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.equals("item 五: Num=\"ロ\" is not a machine number; read as 5")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("'Subitem1Title' is not where the vocabulary puts it (inside 'Subitem2')")));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("duplicate provision art_1_2__para_1__item_1:")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.equals("item 一 out of sequence: it follows Num=\"1\"")), warnings.toString());
        // nothing about e-Gov's own attributes, Num="", 一から三まで, イ・ロ, 第一条ノ二, ○２ or the excerpt's gap (第一条, 第五条)
        assertFalse(warnings.stream().anyMatch(w -> w.contains("AmendmentId") || w.contains("Num=\"\"") || w.contains("ノ二")
                || w.contains("○") || w.contains("から") || w.contains("第五条")), warnings.toString());
        Cli v = Cli.run("validate", QUIRKS.toString());
        assertEquals(ExitCode.OK, v.code(), v.err());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", "--strict", QUIRKS.toString()).code());
    }

    @Test
    void referencesKnowWhichLawTheyAreIn() throws Exception {
        Regulation reg = Regkit.load(QUIRKS);
        List<String> l = Regkit.references(reg).stream().map(PublishedQuirksTest::line).toList();
        assertEquals(List.of(
                "art_1__para_1 external 登記法（平成十六年法律第百二十三号）第二条 -> 登記法/第二条",
                "art_1__para_1 external 第五条 -> 登記法/第五条",
                "art_1__para_1 external 第七条 -> 登記法/第七条",
                "art_1__para_1 external 第二号 -> 登記法/第二号",
                "art_1__para_1 external 第九条 -> 登記法/第九条",
                "art_1__para_1 external 同条第二項 -> 登記法/同条第二項",
                "art_1__para_1 external 第十条 -> 同法/第十条",
                "art_1__para_1__item_4 relative 次に掲げる -> art_1__para_1__item_4__subitem1_1-2,art_1__para_1__item_4__subitem1_3",
                "art_1__para_1__item_4__subitem1_3 relative 前号 -> art_1__para_1__item_1-3",
                "art_1__para_1__item_5 absolute 第四号ハ -> art_1__para_1__item_4__subitem1_3",
                "art_1__para_1__item_5 external 法律第百五十五号 -> 法律第百五十五号/null",
                "art_1__para_1__item_5 external 附則第三条 -> 法律第百五十五号/附則第三条",
                "art_1__para_2 relative 前項各号 -> art_1__para_1__item_1-3,art_1__para_1__item_4,art_1__para_1__item_5",
                "art_1__para_2 absolute 第四号 -> art_1__para_1__item_4",
                "art_1__para_2 relative 当該各号 -> art_1__para_1__item_1-3,art_1__para_1__item_4,art_1__para_1__item_5",
                "art_1_2__para_1 absolute 第一条第一項第四号 -> art_1__para_1__item_4",
                "art_1_2__para_1 relative 同号ハ -> art_1__para_1__item_4__subitem1_3",
                "art_1_2__para_1__item_1 relative 前号 -> art_1_2__para_1__item_1",
                "art_1_2__para_1__item_1 relative イに掲げる -> art_1_2__para_1__item_1__subitem1_1",
                "suppl_2__art_1__para_1 amending-act 第九十六条 -> ",
                "suppl_2__art_1__para_1 absolute 附則第五条 -> suppl_2__art_5",
                // not in the excerpt (抄): the act's own article, left out here
                "suppl_2__art_1__para_1 amending-act 附則第八条 -> ",
                "suppl_2__art_5__para_1 absolute 第一条 -> art_1",
                "suppl_2__art_5__para_1 absolute 附則第一条 -> suppl_2__art_1"), l);
    }

    private static String line(Reference r) {
        return r.source().id() + " " + r.kind().word() + " " + r.text() + " -> " + (r.law() != null ? r.law() + "/" + r.provision()
                : String.join(",", r.targets().stream().map(p -> p.id().value()).toList()));
    }

    @Test
    void itRendersAndReadsAsPrinted() throws Exception {
        Regulation reg = Regkit.load(QUIRKS);
        String text = Regkit.exportText(reg);
        assertTrue(text.contains("一から三まで　削除"), text);
        // the pretty-printer's line break inside a sentence is not part of the law's text
        assertTrue(reg.all().stream().anyMatch(p -> p.text().equals("次に掲げる帳簿の写し")), "plain text without the indentation");
        Path html = tmp.resolve("q.html");
        Cli r = Cli.run("render", QUIRKS.toString(), "--format", "html", "-o", html.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("第二章　届出"), "a chapter title quoted by an amending provision");
        assertFalse(page.contains("href=\"#art_96\""), "an amending act's own article is not linked");
    }

    @Test
    void aSerialisationOnlyChangeIsNoChange() throws Exception {
        // the same law as e-Gov published it a year later: attributes added and dropped, indentation gone
        String again = TestFiles.text(QUIRKS).replace(" DataInfo=\"201001e80k80m01\"", "").replace("Kana=\"しけんほう\"", "")
                .replaceAll(">\\s*\\n\\s*<", "><").replace("</Ruby>\n                <Ruby>", "</Ruby><Ruby>");
        Path later = TestFiles.write(tmp, "later.xml", again);
        assertTrue(Regkit.diff(Regkit.load(QUIRKS), Regkit.load(later)).same());
        assertEquals(ExitCode.OK, Cli.run("diff", QUIRKS.toString(), later.toString(), "-q", "-o", tmp.resolve("d.json").toString()).code());
    }
}
