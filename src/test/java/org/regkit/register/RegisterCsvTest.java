package org.regkit.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.regkit.io.Problem;

class RegisterCsvTest {
    static final String CSV = """
            ID,名称,整備主体,個人情報ファイル,接続,運用責任者,規定,区分,遵守状況,監査日,監査結果,監査所見
            SYS-101,"遺失物管理システム, 第二期",本県警察,あり,,生活安全部長,第３条第１項第２号ア,classified-under,,2025-01-20,指摘あり,"退職者アカウント
            ２件の削除漏れ"
            SYS-101,,,,,,第４条第２号,complies-with,アクセス権限を係単位で付与,,,
            SYS-102,P-WAN端末,警察庁,なし,terminal:警察庁ＷＡＮシステム,総務部長,第３条第１項第７号,classified-under,,令和６年10月１日,適合,
            """;

    @TempDir
    Path tmp;

    @Test
    void importsRowsIntoAValidRegister() throws Exception {
        byte[] xml = RegisterCsv.toXml(CSV.getBytes(StandardCharsets.UTF_8), "r.csv", null);
        Path f = Files.write(tmp.resolve("r.xml"), xml);
        RegisterDoc r = Regkit.loadRegister(f).register();
        assertEquals(2, r.systems.size());
        SystemEntry a = r.systems.get(0);
        assertEquals("遺失物管理システム, 第二期", a.name, "quoted comma");
        assertEquals("prefecture", a.builder);
        assertEquals(2, a.cites.size(), "second row adds a citation");
        assertEquals("アクセス権限を係単位で付与", a.cites.get(1).statement);
        assertEquals("退職者アカウント\n２件の削除漏れ", a.audits.get(0).findings.get(0), "quoted line break");
        SystemEntry b = r.systems.get(1);
        assertEquals("2024-10-01", b.audits.get(0).date, "era date");
        assertEquals("terminal", b.connections.get(0).type);
        Binding bound = Regkit.bind(Registers.seed(), Regkit.loadRegister(f), Registers.AS_OF);
        assertTrue(!bound.hasErrors(), bound.problems().toString());
    }

    @Test
    void aCellListingSeveralProvisionsGivesOneCitationEach() throws Exception {
        String csv = "ID,名称,規定,区分\nSYS-1,端末管理システム,\"第３条第１項第２号及び第４号、第５条\",complies-with\n";
        Path f = Files.write(tmp.resolve("several.xml"), RegisterCsv.toXml(csv.getBytes(StandardCharsets.UTF_8), "several.csv", null));
        SystemEntry s = Regkit.loadRegister(f).register().systems.get(0);
        assertEquals(java.util.List.of("第３条第１項第２号", "第３条第１項第４号", "第５条"), s.cites.stream().map(c -> c.ref).toList());
        assertTrue(s.cites.stream().allMatch(c -> "complies-with".equals(c.role)), "the row's role for each");
        Binding bound = Regkit.bind(Registers.seed(), Regkit.loadRegister(f), Registers.AS_OF);
        assertTrue(!bound.hasErrors(), bound.problems().toString());
    }

    @Test
    void columnsItDoesNotKnowAndEmptyRowsAreWhatSpreadsheetsHave() throws Exception {
        String csv = "\uFEFFNo.,ID,名称,規定,備考\r\n1,SYS-1,端末管理システム,第３条第１項第２号,メモ\r\n,,,,\r\n";
        java.util.List<org.regkit.io.Problem> warnings = new java.util.ArrayList<>();
        Path f = Files.write(tmp.resolve("sheet.xml"), RegisterCsv.toXml(csv.getBytes(StandardCharsets.UTF_8), "sheet.csv", null,
                warnings::add));
        assertEquals(1, Regkit.loadRegister(f).register().systems.size(), "the empty row is no system");
        assertEquals(java.util.List.of("sheet.csv:1:1: warning: unknown column \"No.\" is ignored",
                "sheet.csv:1:5: warning: unknown column \"備考\" is ignored"), warnings.stream().map(Object::toString).toList());
        org.regkit.cli.Cli r = org.regkit.cli.Cli.run("import", "register", TestFiles.write(tmp, "sheet.csv", csv).toString(),
                "-o", tmp.resolve("cli.xml").toString());
        assertEquals(org.regkit.cli.ExitCode.OK, r.code(), "warnings do not fail the import: " + r.err());
        assertTrue(r.err().contains("unknown column \"備考\" is ignored"), r.err());
    }

    @Test
    void windows31jAndUtf8GiveTheSameRegister() throws Exception {
        byte[] utf8 = RegisterCsv.toXml(CSV.getBytes(StandardCharsets.UTF_8), "r.csv", null);
        byte[] sjis = RegisterCsv.toXml(CSV.getBytes(Charset.forName("windows-31j")), "r.csv", null);
        assertArrayEquals(utf8, sjis);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsWritten() {
        String bad = """
                id,name,builder,personal_information_files,connection,cite,role,audit_date,audit_result
                SYS-1,a,本県警察,あり,,第１条,,,
                bad id,b,,,,,,,
                SYS-3,,,,,,,,
                SYS-4,d,宇宙,たぶん,wireless:x,,classified-under,2025-13-01,passed
                SYS-5,e,,,,,,2025-01-01,
                """;
        InputException e = assertThrows(InputException.class,
                () -> RegisterCsv.toXml(bad.getBytes(StandardCharsets.UTF_8), "bad.csv", null));
        List<Integer> lines = e.problems().stream().filter(Problem::isError).map(Problem::line).toList();
        assertEquals(List.of(3, 4, 5, 5, 5, 5, 5, 6), lines, e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("builder \"宇宙\"")));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("role or statement without a cite")));
    }

    @Test
    void aHeaderWithoutIdOrNameIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> RegisterCsv.toXml("foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv", null));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("needs at least the columns id and name")));
    }

    @Test
    void aHeaderAloneIsRefusedEvenWhenItAlsoHasUnknownColumns() {
        // found by fuzzing: the warning about the unknown column hid the missing rows, and an empty register was written
        InputException e = assertThrows(InputException.class,
                () -> RegisterCsv.toXml("id,name,colour\n".getBytes(StandardCharsets.UTF_8), "x.csv", null));
        Problem error = e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(2, error.line());
        assertTrue(error.message().startsWith("no systems"), error.message());
    }

    @Test
    void aControlCharacterInTheHeaderIsRefusedAtLineOne() {
        InputException e = assertThrows(InputException.class,
                () -> RegisterCsv.toXml("id,na\u0001me\nS1,x\n".getBytes(StandardCharsets.UTF_8), "x.csv", null));
        assertEquals(1, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("U+0001"), e.problems().get(0).message());
    }

    @Test
    void aCsvRegisterTakesItsRulesFromARulesFileOrTheCommandLine() throws Exception {
        Path csv = Files.writeString(tmp.resolve("s.csv"), "システムID,システム名,根拠規定,区分,監査日,監査結果\n"
                + "SYS-1,文書管理システム,第３条第１項第２号,該当,令和５年４月１日,不適合\n");
        Path rules = Files.writeString(tmp.resolve("rules.csv"), "項目,値\n区分規定,第３条第１項\n監査規定,第６条\n監査周期,1年\n");
        Path xml = Files.write(tmp.resolve("s.xml"), Regkit.importRegister(csv, null, Regkit.readRegisterRules(rules, null)).xml());
        Binding b = Regkit.bind(Registers.seed(), Regkit.loadRegister(xml), Registers.AS_OF);
        List<FindingKind> kinds = b.findings().stream().map(Finding::kind).toList();
        assertTrue(kinds.contains(FindingKind.AUDIT_OVERDUE) && kinds.contains(FindingKind.AUDIT_FAILED), "the audit checks ran: " + kinds);
        assertTrue(kinds.contains(FindingKind.CHECK_NOT_RUN), "the general manager check says it did not run");

        org.regkit.cli.Cli bad = org.regkit.cli.Cli.run("import", "register", csv.toString(), "--rule", "監査周期=ときどき", "-o",
                tmp.resolve("bad.xml").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--rule 監査周期=ときどき: error: 監査周期 \"ときどき\" is not a period"), bad.err());
        assertEquals(2, org.regkit.cli.Cli.run("import", "register", csv.toString(), "--rule", "区分規定", "-o",
                tmp.resolve("bad.xml").toString()).code(), "a rule without = is a usage error");
        assertTrue(!Files.exists(tmp.resolve("bad.xml")), "nothing written");
    }
}
