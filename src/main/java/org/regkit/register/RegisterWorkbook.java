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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;
import org.regkit.l10n.Messages;

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
    private final Binding binding;
    private final CitationResolver resolver;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Workbooks sheets = new Workbooks(book);

    private RegisterWorkbook(Binding binding) {
        this.binding = binding;
        this.resolver = new CitationResolver(binding.regulation());
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
        Sheet sheet = sheets.table(RegisterXlsx.SYSTEMS, SYSTEM_COLUMNS);
        Map<String, String> findings = binding.findings().stream().filter(f -> f.systemId() != null)
                .collect(Collectors.groupingBy(Finding::systemId, LinkedHashMap::new, Collectors.mapping(Finding::japanese, Collectors.joining("\n"))));
        int r = 1;
        for (SystemEntry s : binding.register().register().systems) {
            List<BoundCite> cites = binding.bySystem().getOrDefault(s.id, List.of());
            SystemEntry.Audit last = s.audits.stream().max(Comparator.comparing(a -> LocalDate.parse(a.date))).orElse(null);
            int rows = Math.max(1, cites.size());
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(r++);
                Workbooks.text(row, 0, s.id);
                if (i == 0) {
                    // a system's first row gives its facts, as import register reads them
                    Workbooks.text(row, 1, s.name);
                    Workbooks.text(row, 2, s.builder == null ? null : Messages.japanese("builder-" + s.builder));
                    Workbooks.text(row, 5, s.description);
                    Workbooks.text(row, 6, s.officials.stream().filter(o -> "operation-manager".equals(o.role)).map(o -> o.post)
                            .findFirst().orElse(null));
                    if (last != null) {
                        sheets.date(row, 7, LocalDate.parse(last.date));
                        Workbooks.text(row, 8, Messages.japanese("result-" + last.result));
                        Workbooks.text(row, 9, last.findings.isEmpty() ? null : String.join("\n", last.findings));
                    }
                    sheets.lines(row, 11, findings.get(s.id));
                }
                if (i < cites.size()) {
                    BoundCite c = cites.get(i);
                    Workbooks.text(row, 3, c.cite().ref);
                    Workbooks.text(row, 4, role(c.cite().role));
                    Workbooks.text(row, 10, c.provision() == null ? "（引用先なし）" : resolver.label(c.provision()));
                }
            }
        }
        Workbooks.finish(sheet, SYSTEM_COLUMNS.length);
    }

    /** Provisions (as cited, in the regulation's order) down, systems across, the roles in the cells. */
    private void matrix() {
        List<SystemEntry> systems = binding.register().register().systems;
        String[] head = new String[systems.size() + 1];
        head[0] = "規定";
        for (int i = 0; i < systems.size(); i++) {
            head[i + 1] = systems.get(i).id;
        }
        Sheet sheet = sheets.table("対照表", head);
        List<Provision> cited = new ArrayList<>();
        for (Provision p : binding.regulation().all()) {
            if (binding.byProvision().containsKey(p.id())) {
                cited.add(p);
            }
        }
        int r = 1;
        for (Provision p : cited) {
            Row row = sheet.createRow(r++);
            Workbooks.text(row, 0, resolver.label(p));
            for (BoundCite c : binding.byProvision().get(p.id())) {
                int col = systems.indexOf(c.system()) + 1;
                Cell cell = row.getCell(col);
                String role = role(c.cite().role);
                Workbooks.text(row, col, cell == null ? role : cell.getStringCellValue() + "・" + role);
            }
        }
        Workbooks.finish(sheet, head.length);
        sheet.createFreezePane(1, 1);
    }

    private void findings() {
        String[] head = {"種類", "重大度", "システムID", "規定", "内容"};
        Sheet sheet = sheets.table("指摘事項", head);
        int r = 1;
        for (Finding f : binding.findings()) {
            Row row = sheet.createRow(r++);
            Workbooks.text(row, 0, Messages.japanese("kind-" + f.kind().key()));
            Workbooks.text(row, 1, Messages.japanese("severity-" + f.severity().name().toLowerCase(java.util.Locale.ROOT)));
            Workbooks.text(row, 2, f.systemId());
            Workbooks.text(row, 3, f.provision() == null ? null : resolver.label(f.provision()));
            sheets.lines(row, 4, f.japanese());
        }
        Workbooks.finish(sheet, head.length);
    }

    private void rules() {
        RegisterDoc.Rules rules = binding.register().register().rules;
        String[] head = {"項目", "値"};
        Sheet sheet = sheets.table(RegisterXlsx.RULES, head);
        int r = 1;
        if (rules != null) {
            String[][] items = {{"区分規定", rules.classification}, {"総括責任者規定", rules.generalManager}, {"監査規定", rules.audit},
                    {"監査周期", rules.auditPeriod}};
            for (String[] item : items) {
                if (item[1] != null) {
                    Row row = sheet.createRow(r++);
                    Workbooks.text(row, 0, item[0]);
                    Workbooks.text(row, 1, item[1]);
                }
            }
        }
        for (RegisterDoc.Official o : binding.register().register().officials) {
            if ("general-manager".equals(o.role) && o.post != null) {
                Row row = sheet.createRow(r++);
                Workbooks.text(row, 0, "総括責任者");
                Workbooks.text(row, 1, o.name == null ? o.post : o.post + "（" + o.name + "）");
            }
        }
        Workbooks.finish(sheet, head.length);
    }

    private static String role(String role) {
        if (role == null) {
            return null;
        }
        return RegisterRows.ROLES.entrySet().stream().filter(e -> e.getValue().equals(role)).map(Map.Entry::getKey)
                .findFirst().orElse(role);
    }
}
