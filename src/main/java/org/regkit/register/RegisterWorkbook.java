package org.regkit.register;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;

/**
 * The bound register as an Excel workbook, as offices keep it: the sheet システム (a row per system and
 * citation, in the columns {@code import register} reads, with what each citation resolved to, the
 * last audit and the findings), 対照表 (provisions × systems), 指摘事項 (the findings, in Japanese) and
 * 規則 (the rules), so that the workbook can be edited and imported again. Real cells: dates are
 * dates, a header row with filters, panes frozen under it, columns as wide as their contents.
 */
public final class RegisterWorkbook {
    static final String[] SYSTEM_COLUMNS = {"システムID", "システム名", "整備主体", "根拠規定", "区分", "概要", "運用責任者",
            "監査日", "監査結果", "監査所見", "引用先", "指摘事項"};
    private static final Map<String, String> BUILDERS = Map.of("prefecture", "本県", "npa", "警察庁",
            "other-prefecture", "他の都道府県", "other", "その他");
    private static final Map<String, String> RESULTS = Map.of("passed", "適合", "findings", "指摘あり", "failed", "不適合");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("unresolved-citation", "引用先が存在しない"), Map.entry("ambiguous-citation", "引用先が曖昧"),
            Map.entry("not-classified", "区分なし"), Map.entry("multiply-classified", "複数区分"),
            Map.entry("classified-outside", "区分外の規定に区分"), Map.entry("empty-category", "該当システムのない区分"),
            Map.entry("official-missing", "責任者未指定"), Map.entry("audit-missing", "監査未実施"),
            Map.entry("audit-overdue", "監査期限超過"), Map.entry("audit-failed", "監査不適合"),
            Map.entry("check-not-run", "点検未実施（規則の定めなし）"));

    private final Binding binding;
    private final CitationResolver resolver;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle wrap;

    private RegisterWorkbook(Binding binding) {
        this.binding = binding;
        this.resolver = new CitationResolver(binding.regulation());
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\";@"));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    /** Writes the workbook of a bound register. */
    public static void write(Binding binding, OutputStream out) throws IOException {
        RegisterWorkbook w = new RegisterWorkbook(binding);
        try (XSSFWorkbook book = w.book) {
            w.systems();
            w.matrix();
            w.findings();
            w.rules();
            book.write(out);
        }
    }

    private void systems() {
        Sheet sheet = table(RegisterXlsx.SYSTEMS, SYSTEM_COLUMNS);
        Map<String, String> findings = binding.findings().stream().filter(f -> f.systemId() != null)
                .collect(Collectors.groupingBy(Finding::systemId, LinkedHashMap::new, Collectors.mapping(Finding::japanese, Collectors.joining("\n"))));
        int r = 1;
        for (SystemEntry s : binding.register().register().systems) {
            List<BoundCite> cites = binding.bySystem().getOrDefault(s.id, List.of());
            SystemEntry.Audit last = s.audits.stream().max(Comparator.comparing(a -> LocalDate.parse(a.date))).orElse(null);
            int rows = Math.max(1, cites.size());
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(r++);
                text(row, 0, s.id);
                if (i == 0) {
                    // a system's first row gives its facts, as import register reads them
                    text(row, 1, s.name);
                    text(row, 2, s.builder == null ? null : BUILDERS.getOrDefault(s.builder, s.builder));
                    text(row, 5, s.description);
                    text(row, 6, s.officials.stream().filter(o -> "operation-manager".equals(o.role)).map(o -> o.post)
                            .findFirst().orElse(null));
                    if (last != null) {
                        Cell c = row.createCell(7);
                        c.setCellValue(LocalDate.parse(last.date));
                        c.setCellStyle(date);
                        text(row, 8, RESULTS.getOrDefault(last.result, last.result));
                        text(row, 9, last.findings.isEmpty() ? null : String.join("\n", last.findings));
                    }
                    text(row, 11, findings.get(s.id)).setCellStyle(wrap);
                }
                if (i < cites.size()) {
                    BoundCite c = cites.get(i);
                    text(row, 3, c.cite().ref);
                    text(row, 4, role(c.cite().role));
                    text(row, 10, c.provision() == null ? "（引用先なし）" : resolver.label(c.provision()));
                }
            }
        }
        finish(sheet, SYSTEM_COLUMNS.length, r - 1);
    }

    /** Provisions (as cited, in the regulation's order) down, systems across, the roles in the cells. */
    private void matrix() {
        List<SystemEntry> systems = binding.register().register().systems;
        String[] head = new String[systems.size() + 1];
        head[0] = "規定";
        for (int i = 0; i < systems.size(); i++) {
            head[i + 1] = systems.get(i).id;
        }
        Sheet sheet = table("対照表", head);
        List<Provision> cited = new ArrayList<>();
        for (Provision p : binding.regulation().all()) {
            if (binding.byProvision().containsKey(p.id())) {
                cited.add(p);
            }
        }
        int r = 1;
        for (Provision p : cited) {
            Row row = sheet.createRow(r++);
            text(row, 0, resolver.label(p));
            for (BoundCite c : binding.byProvision().get(p.id())) {
                int col = systems.indexOf(c.system()) + 1;
                Cell cell = row.getCell(col);
                String role = role(c.cite().role);
                text(row, col, cell == null ? role : cell.getStringCellValue() + "・" + role);
            }
        }
        finish(sheet, head.length, r - 1);
        sheet.createFreezePane(1, 1);
    }

    private void findings() {
        String[] head = {"種類", "重大度", "システムID", "規定", "内容"};
        Sheet sheet = table("指摘事項", head);
        int r = 1;
        for (Finding f : binding.findings()) {
            Row row = sheet.createRow(r++);
            text(row, 0, KINDS.getOrDefault(f.kind().key(), f.kind().key()));
            text(row, 1, switch (f.severity()) {
                case ERROR -> "要訂正";
                case WARNING -> "要対応";
                default -> "参考";
            });
            text(row, 2, f.systemId());
            text(row, 3, f.provision() == null ? null : resolver.label(f.provision()));
            text(row, 4, f.japanese()).setCellStyle(wrap);
        }
        finish(sheet, head.length, r - 1);
    }

    private void rules() {
        RegisterDoc.Rules rules = binding.register().register().rules;
        String[] head = {"項目", "値"};
        Sheet sheet = table(RegisterXlsx.RULES, head);
        int r = 1;
        if (rules != null) {
            String[][] items = {{"区分規定", rules.classification}, {"総括責任者規定", rules.generalManager}, {"監査規定", rules.audit},
                    {"監査周期", rules.auditPeriod}};
            for (String[] item : items) {
                if (item[1] != null) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, item[0]);
                    text(row, 1, item[1]);
                }
            }
        }
        for (RegisterDoc.Official o : binding.register().register().officials) {
            if ("general-manager".equals(o.role) && o.post != null) {
                Row row = sheet.createRow(r++);
                text(row, 0, "総括責任者");
                text(row, 1, o.name == null ? o.post : o.post + "（" + o.name + "）");
            }
        }
        finish(sheet, head.length, r - 1);
    }

    private static String role(String role) {
        if (role == null) {
            return null;
        }
        return RegisterRows.ROLES.entrySet().stream().filter(e -> e.getValue().equals(role)).map(Map.Entry::getKey)
                .findFirst().orElse(role);
    }

    private Sheet table(String name, String[] head) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < head.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(head[c]);
            cell.setCellStyle(header);
        }
        return sheet;
    }

    private static Cell text(Row row, int column, String value) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        return c;
    }

    /** Filters on the header, panes frozen under it, each column as wide as its widest line (capped). */
    private static void finish(Sheet sheet, int columns, int lastRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < columns; c++) {
            int widest = 4;
            for (Row row : sheet) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
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
