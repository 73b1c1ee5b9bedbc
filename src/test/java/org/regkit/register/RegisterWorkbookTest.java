package org.regkit.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;

/** The bound register out as a workbook, read back cell by cell, and imported again. */
class RegisterWorkbookTest {
    @TempDir
    Path tmp;

    @Test
    void theBoundRegisterIsAWorkbookOfRealCellsThatImportsAgain() throws Exception {
        Binding bound = Registers.bindSample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.registerWorkbook(bound, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("システム", "対照表", "指摘事項", "規則"), sheets);
            for (Sheet s : book) {
                assertTrue(((XSSFSheet) s).getCTWorksheet().isSetAutoFilter(), s.getSheetName() + ": filters on the header");
                assertTrue(s.getPaneInformation() != null && s.getPaneInformation().isFreezePane(), s.getSheetName() + ": header frozen");
                assertTrue(book.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header row");
                assertTrue(s.getColumnWidth(0) > 256 * 4, "columns as wide as their contents");
            }
            Sheet systems = book.getSheet("システム");
            assertEquals(List.of("システムID", "システム名", "整備主体", "根拠規定", "区分", "概要", "運用責任者", "監査日", "監査結果", "監査所見",
                    "引用先", "指摘事項"), cells(systems.getRow(0)));
            Row first = systems.getRow(1);
            assertEquals("SYS-001", first.getCell(0).getStringCellValue());
            assertEquals("警察庁", first.getCell(2).getStringCellValue());
            assertEquals("該当", first.getCell(4).getStringCellValue());
            Cell audit = first.getCell(7);
            assertEquals(CellType.NUMERIC, audit.getCellType(), "a date cell, not text");
            assertEquals(LocalDate.of(2024, 11, 12), audit.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("適合", first.getCell(8).getStringCellValue());
            assertEquals("第３条第１項第１号ア", first.getCell(10).getStringCellValue());
            String sys005 = rowOf(systems, "SYS-005").getCell(11).getStringCellValue();
            assertTrue(sys005.startsWith("SYS-005 交通事故統計システム：最終監査（令和５年10月18日）から１年を超えています"), sys005);

            Sheet matrix = book.getSheet("対照表");
            assertEquals("規定", matrix.getRow(0).getCell(0).getStringCellValue());
            assertEquals("SYS-014", matrix.getRow(0).getCell(14).getStringCellValue());
            Row article6 = rowOf(matrix, "第６条");
            assertEquals("根拠", article6.getCell(1).getStringCellValue(), "SYS-001 cites 第６条 as evidence");

            Sheet findings = book.getSheet("指摘事項");
            assertEquals(bound.findings().size(), findings.getLastRowNum());
            assertEquals(List.of("区分なし", "要対応", "SYS-013", "第３条第１項"), cells(findings.getRow(1)).subList(0, 4));
            assertEquals(List.of("区分規定", "第３条第１項"), cells(rowOf(book.getSheet("規則"), "区分規定")));
        }
        Path xlsx = Files.write(tmp.resolve("bound.xlsx"), out.toByteArray());
        Binding again = Regkit.bind(Registers.seed(), Regkit.loadRegister(Files.write(tmp.resolve("again.xml"),
                Regkit.importRegister(xlsx, null).xml())), Registers.AS_OF);
        assertEquals(kinds(bound), kinds(again), "the workbook imports again to the same register");
        assertEquals(bound.cites().size(), again.cites().size());
    }

    @Test
    void theImpactOfAnAmendmentIsAWorkbookToo() throws Exception {
        var diff = Regkit.diff(Registers.seed(), Regkit.load(org.regkit.TestFiles.SEED_DIR.resolve("2025-04-01.xml")));
        var impact = Regkit.impact(diff, Regkit.loadRegister(Registers.SAMPLE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.impactWorkbook(impact, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("影響");
            assertEquals(List.of("システムID", "システム名", "根拠規定", "判定", "改正後の根拠規定", "対応"), cells(sheet.getRow(0)));
            assertEquals(impact.entries().size(), sheet.getLastRowNum());
            Row migrated = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("SYS-010") && r.getCell(2).getStringCellValue().equals("第３条第１項第８号")) {
                    migrated = r;
                }
            }
            assertEquals(List.of("SYS-010", "埼玉県警察ＷＡＮ（電子メール・電子掲示板）", "第３条第１項第８号", "移行（繰上げ・繰下げ）", "第３条第１項第９号"),
                    cells(migrated).subList(0, 5));
            assertTrue(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter());
            assertEquals("第３条の２", book.getSheet("新設規定").getRow(2).getCell(0).getStringCellValue());
        }
    }

    private static List<String> kinds(Binding b) {
        return b.findings().stream().map(f -> f.kind().key() + " " + f.systemId()).toList();
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static Row rowOf(Sheet sheet, String first) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && first.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(first + " not in " + sheet.getSheetName());
    }
}
