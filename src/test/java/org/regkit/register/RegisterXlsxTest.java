package org.regkit.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.io.InputException;
import org.regkit.io.Problem;

/** A register kept in Excel, as an office keeps it: Japanese headers and values, date cells, a 規則 sheet. */
class RegisterXlsxTest {
    @TempDir
    Path tmp;

    static final String[] HEADER = {"システムID", "システム名", "整備主体", "根拠規定", "区分", "概要", "運用責任者", "監査日", "監査結果", "監査所見", "備考"};

    /** A workbook written by hand, cell by cell; a LocalDate becomes a date cell. */
    private Path workbook(String name, Object[][] systems, String[][] rules) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Sheet sheet = book.createSheet("システム");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < systems.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < systems[r].length; c++) {
                    Object v = systems[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            if (rules != null) {
                Sheet r = book.createSheet("規則");
                for (int i = 0; i < rules.length; i++) {
                    Row row = r.createRow(i);
                    row.createCell(0).setCellValue(rules[i][0]);
                    row.createCell(1).setCellValue(rules[i][1]);
                }
            }
            book.write(out);
            return Files.write(tmp.resolve(name), out.toByteArray());
        }
    }

    static final String[][] RULES = {{"項目", "値"}, {"区分規定", "第３条第１項"}, {"総括責任者規定", "第５条"}, {"監査規定", "第６条"},
            {"監査周期", "1年"}};

    @Test
    void aWorkbookAsOfficesKeepItIsBoundWithEveryDerivedCheck() throws Exception {
        Path xlsx = workbook("登録簿.xlsx", new Object[][] {
                {"SYS-001", "運転免許管理システム", "警察庁", "第３条第１項第１号", "該当", "運転免許情報の照会", "交通企画課長", LocalDate.of(2024, 10, 1), "適合"},
                {"SYS-001", null, null, "第６条", "遵守"},
                {"SYS-005", "交通事故統計システム", "本県警察", "第３条第１項第２号ア", "該当", null, null, "令和５年10月18日", "不適合", "アクセス記録の保存期間が不足"},
                {"SYS-013", "防犯カメラ映像管理システム", "本県警察", "第４条", "遵守"},
                {}}, RULES);
        List<Problem> warnings = new ArrayList<>();
        byte[] xml = RegisterXlsx.toXml(Files.readAllBytes(xlsx), xlsx.toString(), warnings::add);
        assertEquals(List.of(xlsx + ":システム!K1: warning: unknown column \"備考\" is ignored"),
                warnings.stream().map(Object::toString).toList());
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("classification=\"第３条第１項\" generalManager=\"第５条\" audit=\"第６条\" auditPeriod=\"P1Y\""), text);
        assertTrue(text.contains("source=\"" + xlsx + ":規則!B2\""), "the rules say where they were written: " + text);
        assertTrue(text.contains("role=\"classified-under\"") && text.contains("role=\"complies-with\""), "該当 and 遵守 as codes: " + text);
        assertTrue(text.contains("date=\"2024-10-01\""), "a date cell is a date: " + text);
        assertTrue(text.contains("date=\"2023-10-18\"") && text.contains("result=\"failed\""), text);

        Path register = Files.write(tmp.resolve("register.xml"), xml);
        Binding b = Regkit.bind(Registers.seed(), Regkit.loadRegister(register), Registers.AS_OF);
        List<String> found = b.findings().stream().filter(f -> f.kind() != FindingKind.EMPTY_CATEGORY)
                .map(f -> f.kind().key() + " " + (f.systemId() == null ? "-" : f.systemId())).sorted().toList();
        assertEquals(List.of("audit-failed SYS-005", "audit-missing SYS-013", "audit-overdue SYS-005", "not-classified SYS-013",
                "official-missing -"), found, "every derived check fires from the 規則 sheet");
    }

    @Test
    void theCommandImportsAWorkbookAndTheDossierReadsIt() throws Exception {
        Path xlsx = workbook("登録簿.xlsx", new Object[][] {
                {"SYS-005", "交通事故統計システム", "本県警察", "第３条第１項第２号ア", "該当", null, null, LocalDate.of(2023, 10, 18), "不適合"}}, RULES);
        Path xml = tmp.resolve("register.xml");
        org.regkit.cli.Cli imported = org.regkit.cli.Cli.run("import", "register", xlsx.toString(), "-o", xml.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("", imported.out(), "nothing but the file: no library's log line");
        org.regkit.cli.Cli dossier = org.regkit.cli.Cli.run("dossier", "--regulation", Registers.seed().source(), "--register", xml.toString(),
                "--as-of", "2025-03-31", "--format", "html", "-o", tmp.resolve("d.html").toString());
        assertEquals(0, dossier.code(), "findings are warnings: " + dossier.err());
        assertTrue(dossier.err().contains("SYS-005") && dossier.err().contains("failed"), "the failed audit is a finding: " + dossier.err());
        assertTrue(Files.readString(tmp.resolve("d.html")).contains("交通事故統計システム"));
    }

    @Test
    void aBadCellIsAnErrorAtItsPlace() throws Exception {
        Path xlsx = workbook("bad.xlsx", new Object[][] {
                {"SYS-001", "端末", "県警", "第３条第１項第１号", "該当"},
                {"SYS-002", "統計", null, "第３条第１項第２号ア", "該当", null, null, "来年の春", "適合"}},
                new String[][] {{"監査周期", "ときどき"}});
        InputException e = assertThrows(InputException.class,
                () -> RegisterXlsx.toXml(Files.readAllBytes(xlsx), "bad.xlsx", w -> { }));
        List<String> messages = e.problems().stream().map(Object::toString).toList();
        assertTrue(messages.contains("bad.xlsx:規則!B1: error: 監査周期 \"ときどき\" is not a period (1年, 6か月, P1Y)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("bad.xlsx:システム!C2: error: builder \"県警\" is not one of")), messages.toString());
        assertTrue(messages.contains("bad.xlsx:システム!H3: error: audit_date \"来年の春\" is not a date (2025-03-31 or 令和７年３月31日)"),
                messages.toString());
    }

    @Test
    void aCitationBindCannotResolveIsReportedAtItsCell() throws Exception {
        Path xlsx = workbook("登録簿.xlsx", new Object[][] {
                {"SYS-001", "端末", "本県警察", "第３条第１項第１号", "該当"},
                {"SYS-001", null, null, "第９条", "遵守"}}, RULES);
        Path register = Files.write(tmp.resolve("register.xml"), RegisterXlsx.toXml(Files.readAllBytes(xlsx), xlsx.toString(), w -> { }));
        Binding b = Regkit.bind(Registers.seed(), Regkit.loadRegister(register), Registers.AS_OF);
        assertTrue(b.hasErrors());
        Problem unresolved = b.findings().stream().filter(f -> f.kind() == FindingKind.UNRESOLVED_CITATION).findFirst().orElseThrow().problem();
        assertTrue(unresolved.toString().startsWith(xlsx + ":システム!D3: error: "), "where the user typed it, not register.xml: " + unresolved);
    }

    @Test
    void whatIsNoWorkbookIsRefusedWithoutATrace() throws Exception {
        Path fake = Files.writeString(tmp.resolve("fake.xlsx"), "id,name\nS1,x\n");
        InputException e = assertThrows(InputException.class, () -> Regkit.importRegister(fake, null));
        assertEquals(fake + ": error: cannot read the workbook: it is not an Excel workbook (.xlsx) regkit can read",
                e.problems().get(0).toString());
    }
}
