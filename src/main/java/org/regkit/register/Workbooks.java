package org.regkit.register;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheets as offices expect them, for every workbook regkit writes: a bold, shaded header row with
 * filters and the panes frozen under it, columns as wide as their contents, dates in the era.
 */
public final class Workbooks {
    private final XSSFWorkbook book;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle wrap;

    public Workbooks(XSSFWorkbook book) {
        this.book = book;
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        date = book.createCellStyle();
        // 令和６年11月12日: Excel's own era format, which regkit's import reads back as a date
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\";@"));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    /** A new sheet with its header row. */
    public Sheet table(String name, String... head) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < head.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(head[c]);
            cell.setCellStyle(header);
        }
        return sheet;
    }

    /** A text cell (left empty for null). */
    public static Cell text(Row row, int column, String value) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        return c;
    }

    /** A text cell whose lines wrap. */
    public Cell lines(Row row, int column, String value) {
        Cell c = text(row, column, value);
        c.setCellStyle(wrap);
        return c;
    }

    /** A date cell. */
    public Cell date(Row row, int column, java.time.LocalDate value) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(date);
        return c;
    }

    /** Filters on the header, panes frozen under it, each column as wide as its widest line (capped). */
    public static void finish(Sheet sheet, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 0), 0, columns - 1));
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < columns; c++) {
            int widest = 4;
            for (Row row : sheet) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    for (String line : cell.getStringCellValue().split("\n")) {
                        widest = Math.max(widest, displayWidth(line));
                    }
                } else if (cell != null) {
                    widest = Math.max(widest, 16); // a date as 令和７年３月31日
                }
            }
            sheet.setColumnWidth(c, Math.min(widest + 2, 80) * 256);
        }
    }

    /** Columns a text takes: two for a full-width character, one for the rest. */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
