package org.regkit.register;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

/**
 * A register kept in Excel (.xlsx), to register XML: the sheet {@code システム} (else the first) has a
 * header row and one row per system and citation, with {@link RegisterRows}'s columns; a date cell is
 * a date. The sheet {@code 規則} (columns 項目 and 値) carries the rules the derived checks rest on:
 * 区分規定, 総括責任者規定, 監査規定, 監査周期. A problem is reported at its cell: {@code 登録簿.xlsx:システム!E12}.
 */
public final class RegisterXlsx {
    /** The sheet of systems, and of rules, as offices name them. */
    static final String SYSTEMS = "システム";
    static final String RULES = "規則";

    private final String file;
    private final RegisterRows rows = new RegisterRows();
    private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

    private RegisterXlsx(String file) {
        this.file = file;
    }

    /** The register XML for a workbook's bytes, handing each warning (a column it ignores) to {@code warnings}. */
    public static byte[] toXml(byte[] bytes, String file, Consumer<Problem> warnings) throws InputException {
        return toXml(bytes, file, java.util.List.of(), warnings);
    }

    /** As above, with rules given beside the workbook, which win over its 規則 sheet. */
    public static byte[] toXml(byte[] bytes, String file, java.util.List<RegisterRule> rules, Consumer<Problem> warnings)
            throws InputException {
        RegisterXlsx x = new RegisterXlsx(file);
        byte[] xml;
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            xml = x.convert(book, rules);
        } catch (InputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // not a workbook, a damaged one, or one that inflates past what POI allows (a zip bomb)
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
                    ? Messages.text("register.xlsx.bomb") : Messages.text("register.xlsx.not-xlsx");
            throw new InputException(Problem.error(file, Messages.text("register.xlsx.unreadable", why)), true);
        }
        x.rows.problems().forEach(warnings);
        return xml;
    }

    private byte[] convert(Workbook book, java.util.List<RegisterRule> given) throws InputException {
        Sheet systems = book.getSheet(SYSTEMS) != null ? book.getSheet(SYSTEMS) : book.getNumberOfSheets() > 0 ? book.getSheetAt(0) : null;
        if (systems == null) {
            throw new InputException(Problem.error(file, Messages.text("register.xlsx.no-sheet")), false);
        }
        Sheet rules = book.getSheet(RULES);
        if (rules != null && rules != systems) {
            rules(rules);
        }
        this.rows.rules(given);
        Row header = systems.getRow(systems.getFirstRowNum());
        Map<Integer, String> columns = header == null ? Map.of() : columns(systems, header);
        if (!columns.containsValue("id") || !columns.containsValue("name")) {
            throw new InputException(Problem.error(place(systems, header == null ? 0 : header.getRowNum(), 0),
                    Messages.text("register.xlsx.header")), false);
        }
        for (int r = header.getRowNum() + 1; r <= systems.getLastRowNum(); r++) {
            row(systems, systems.getRow(r), r, columns);
        }
        return rows.finish(Problem.error(place(systems, header.getRowNum() + 1, 0), Messages.text("register.xlsx.no-systems")));
    }

    private Map<Integer, String> columns(Sheet sheet, Row header) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Cell c : header) {
            String name = text(c);
            if (name == null) {
                continue;
            }
            String key = RegisterRows.COLUMNS.get(name.toLowerCase(Locale.ROOT));
            if (key == null) {
                rows.add(Problem.warning(place(sheet, header.getRowNum(), c.getColumnIndex()), Messages.text("register.unknown-column", name)));
            } else {
                out.put(c.getColumnIndex(), key);
            }
        }
        return out;
    }

    private void row(Sheet sheet, Row row, int r, Map<Integer, String> columns) {
        if (row == null) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> col : columns.entrySet()) {
            at.put(col.getValue(), col.getKey());
            String v = text(row.getCell(col.getKey()));
            if (v == null) {
                continue;
            }
            int control = RegisterRows.controlCharacter(v);
            if (control >= 0) {
                rows.add(Problem.error(place(sheet, r, col.getKey()), Messages.text("register.xlsx.control", String.format("U+%04X", (int) control))));
                return;
            }
            values.put(col.getValue(), v);
        }
        if (values.isEmpty()) {
            return; // an empty row is no system
        }
        java.util.function.Function<String, String> places = column -> place(sheet, r, at.getOrDefault(column, 0));
        rows.row(new RegisterRows.Row(values, places, (column, error, message) -> error
                ? Problem.error(places.apply(column), message) : Problem.warning(places.apply(column), message)));
    }

    /** The 規則 sheet: 項目 and 値, with or without a header row. */
    private void rules(Sheet sheet) {
        for (Row row : sheet) {
            String item = text(row.getCell(0));
            String value = text(row.getCell(1));
            if (item == null || value == null || item.equals("項目") || item.equalsIgnoreCase("item")) {
                continue;
            }
            int r = row.getRowNum();
            rows.rule(item, value, place(sheet, r, 1), (error, message) -> error ? Problem.error(place(sheet, r, 1), message)
                    : Problem.warning(place(sheet, r, 0), message));
        }
    }

    /** A cell as text: a date cell as an ISO date, a number as the sheet shows it, null when empty. */
    private String text(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String v = switch (type) {
            case NUMERIC -> isDate(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(c.getNumericCellValue(), -1, "General");
            case STRING -> c.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> null;
        };
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * Whether a number is shown as a date: the formats POI knows, and the Japanese era formats Excel
     * offers (ggge"年"m"月"d"日", 令和７年３月31日), which POI does not take for dates.
     */
    private static boolean isDate(Cell c) {
        if (DateUtil.isCellDateFormatted(c)) {
            return true;
        }
        String format = c.getCellStyle().getDataFormatString();
        String codes = format == null ? "" : format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        return codes.matches(".*[ge].*") && codes.contains("m") && codes.contains("d");
    }

    /** 登録簿.xlsx:システム!E12 */
    private String place(Sheet sheet, int row, int column) {
        return file + ":" + sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString(false);
    }
}
