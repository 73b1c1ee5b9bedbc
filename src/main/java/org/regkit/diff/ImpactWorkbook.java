package org.regkit.diff;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regkit.register.Workbooks;
import org.regkit.l10n.Messages;

/**
 * What an amendment means for a register, as a workbook: the sheet 影響 (a row per citation: the
 * system, the citation, the verdict, the citation after the amendment, what to do) and 新設規定 (new
 * provisions no system cites), in the words of the 新旧対照表's impact section (the same catalogue).
 */
public final class ImpactWorkbook {
    private ImpactWorkbook() {
    }

    /** Writes the impact of {@code diff} on a register. */
    public static void write(Impact impact, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Workbooks sheets = new Workbooks(book);
            Sheet sheet = sheets.table("影響", "システムID", "システム名", "根拠規定", "判定", "改正後の根拠規定", "対応");
            int r = 1;
            for (Impact.Entry e : impact.entries()) {
                Row row = sheet.createRow(r++);
                Workbooks.text(row, 0, e.system().id);
                Workbooks.text(row, 1, e.system().name);
                Workbooks.text(row, 2, e.cite().ref);
                Workbooks.text(row, 3, Messages.japanese("verdict-" + e.verdict().key()));
                Workbooks.text(row, 4, e.newRef());
                Workbooks.text(row, 5, Messages.japanese("action-" + e.verdict().key()));
            }
            Workbooks.finish(sheet, 6);
            Sheet uncited = sheets.table("新設規定", "規定");
            r = 1;
            for (Change c : impact.uncitedNew()) {
                Workbooks.text(uncited.createRow(r++), 0, c.newLabel());
            }
            Workbooks.finish(uncited, 1);
            book.write(out);
        }
    }
}
