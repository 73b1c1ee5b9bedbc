package org.regkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;

class ImpactTest {
    static final Path REGISTER = TestFiles.SEED_DIR.resolve("register.xml");

    @TempDir
    Path tmp;

    private static Map<String, Verdict> verdicts(Impact impact) {
        return impact.entries().stream().collect(Collectors.toMap(e -> e.system().id + " " + e.cite().ref, Impact.Entry::verdict,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void everyVerdictOnTheSampleRegister() throws Exception {
        Impact impact = Regkit.impact(Regkit.diff(Versions.seed(), Versions.amended()), Regkit.loadRegister(REGISTER));
        Map<String, Verdict> v = verdicts(impact);
        assertEquals(Verdict.MIGRATED, v.get("SYS-010 第３条第１項第８号"));
        assertEquals(Verdict.MIGRATED, v.get("SYS-014 第３条第１項第１１号"));
        assertEquals(Verdict.REVIEW, v.get("SYS-001 第６条"));
        assertEquals(Verdict.UNCHANGED, v.get("SYS-001 第３条第１項第１号ア"));
        assertEquals("第３条第１項第９号", impact.entries().stream().filter(e -> e.system().id.equals("SYS-010")
                && e.verdict() == Verdict.MIGRATED).findFirst().orElseThrow().newRef());
        assertEquals(List.of("art_3__para_1__item_8", "art_3_2", "suppl_2"),
                impact.uncitedNew().stream().map(c -> c.newProvision().id().value()).toList());
    }

    @Test
    void theImpactSectionSaysInJapaneseWhatToDo() throws Exception {
        RegulationDiff diff = Regkit.diff(Versions.seed(), Versions.amended());
        Impact impact = Regkit.impact(diff, Regkit.loadRegister(REGISTER));
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        Regkit.comparisonHtml(diff, impact, html);
        String page = org.jsoup.Jsoup.parse(html.toString(java.nio.charset.StandardCharsets.UTF_8)).select("table.impact").text();
        assertTrue(page.contains("第６条 要確認（文言の改正） 第６条 改正後の規定に照らして遵守状況を確認してください"), page);
        assertTrue(page.contains("移行（繰上げ・繰下げ） 第３条第１項第９号 登録簿の根拠規定を改正後の番号に改めてください"), page);
        assertTrue(!page.matches("(?s).*\\b(renumbered|changed|removed|review|migrated)\\b.*"), "no English: " + page);
        assertTrue(!page.matches("(?s).*[A-Za-z]{4,}.*"), "no English word at all (system ids are SYS-nnn): " + page);
    }

    @Test
    void citationsOfARemovedProvisionAreOrphaned() throws Exception {
        var removed = Regkit.impact(Regkit.diff(Versions.seed(), Versions.variant(tmp, "r.xml", Versions.withArticle6Removed())),
                Regkit.loadRegister(REGISTER));
        assertEquals(Verdict.ORPHANED, verdicts(removed).get("SYS-001 第６条"));
        var deleted = Regkit.impact(Regkit.diff(Versions.seed(), Versions.variant(tmp, "d.xml", Versions.withArticle6Deleted())),
                Regkit.loadRegister(REGISTER));
        assertEquals(Verdict.ORPHANED, verdicts(deleted).get("SYS-001 第６条"));
    }

    @Test
    void migrateRegisterRewritesRenumberingsAndFlagsTheRest() throws Exception {
        Path out = tmp.resolve("migrated.xml");
        Cli r = Cli.run("migrate-register", REGISTER.toString(), "--from", TestFiles.SEED_XML.toString(),
                "--to", Versions.AMENDED.toString(), "-o", out.toString());
        assertEquals(ExitCode.FINDINGS, r.code(), "one citation still needs review");
        assertTrue(r.out().contains("4 citations migrated, 1 flagged for review"), r.out());
        assertTrue(r.err().matches("(?s).*register\\.xml:\\d+:\\d+: warning: system SYS-001: 第６条 is review.*"), r.err());
        String migrated = Files.readString(out);
        assertTrue(migrated.contains("ref=\"第３条第１項第９号\""), "SYS-010 moved to item (9)");
        assertTrue(migrated.contains("version=\"2025-04-01\""));
        var bound = Regkit.bind(Versions.amended(), Regkit.loadRegister(out), java.time.LocalDate.of(2025, 4, 1));
        assertTrue(!bound.hasErrors(), bound.problems().toString());

        // only what changed: the file reads as before (comments, order, indentation), a reviewable diff
        List<String> before = Files.readAllLines(REGISTER);
        List<String> after = Files.readAllLines(out);
        assertEquals(before.size(), after.size(), "no line added or removed");
        List<String> changed = new java.util.ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(after.get(i).strip());
            }
        }
        assertEquals(List.of("version=\"2025-04-01\" asOf=\"2025-03-31\">",
                "<cite ref=\"第６条\" role=\"evidence\" review=\"review\">令和６年度監査報告書</cite>",
                "<cite ref=\"第３条第１項第９号\" role=\"classified-under\"/>",
                "<cite ref=\"第３条第１項第11号\" role=\"classified-under\"/>",
                "<cite ref=\"第３条第１項第11号\" role=\"classified-under\"/>",
                "<cite ref=\"第３条第１項第12号\" role=\"evidence\">電子計算機接続の定義に該当する接続である。</cite>"), changed);
        assertTrue(before.stream().anyMatch(l -> l.contains("<!--")) == after.stream().anyMatch(l -> l.contains("<!--")), "comments kept");
    }

    @Test
    void diffExitsZeroWhenTheSameAndOneWhenNot() throws Exception {
        assertEquals(ExitCode.OK, Cli.run("diff", TestFiles.SEED_XML.toString(), TestFiles.SEED_XML.toString()).code());
        Cli r = Cli.run("diff", TestFiles.SEED_XML.toString(), Versions.AMENDED.toString(), "--register", REGISTER.toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.out().replaceAll("\\s", "").contains("\"impact\":{"), r.out());
        assertTrue(r.out().replaceAll("\\s", "").contains("\"verdict\":\"migrated\""));
        Cli xml = Cli.run("diff", TestFiles.SEED_XML.toString(), Versions.AMENDED.toString(), "--format", "xml");
        assertEquals(ExitCode.FINDINGS, xml.code());
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var changes = doc.getElementsByTagNameNS("urn:regkit:diff", "change");
        assertEquals(10, changes.getLength());
        var second = (org.w3c.dom.Element) changes.item(1);
        assertEquals("renumbered", second.getAttribute("type"));
        assertEquals("第３条第１項第８号", second.getAttribute("oldLabel"));
        assertEquals("第３条第１項第９号", second.getAttribute("newLabel"));
        assertEquals("総務部長", doc.getElementsByTagNameNS("urn:regkit:diff", "delete").item(0).getTextContent());
        assertEquals(ExitCode.USAGE, Cli.run("diff", TestFiles.SEED_XML.toString(), Versions.AMENDED.toString(), "--format", "pdf").code(),
                "pdf needs -o");
    }
}
