package org.regkit.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;

/**
 * A register kept as a table (a CSV file or an Excel sheet), row by row, to register XML: one row
 * per citation (or a cell listing several: 第３条第１項第２号及び第３号、第５条); the first row of a
 * system gives its name and facts, further rows with the same id add citations and audits. Headers
 * and values in English or Japanese (区分: 該当 / 遵守; 監査結果: 適合 / 指摘あり / 不適合). Every bad
 * cell is reported where the user typed it; nothing is written unless every row is good.
 */
final class RegisterRows {
    /** Header names (lower case) to the column each stands for. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("システムid", "id"), Map.entry("番号", "id"),
            Map.entry("name", "name"), Map.entry("名称", "name"), Map.entry("システム名", "name"),
            Map.entry("description", "description"), Map.entry("概要", "description"),
            Map.entry("builder", "builder"), Map.entry("整備主体", "builder"),
            Map.entry("personal_information_files", "pif"), Map.entry("個人情報ファイル", "pif"),
            Map.entry("connection", "connection"), Map.entry("接続", "connection"),
            Map.entry("operation_manager", "manager"), Map.entry("運用責任者", "manager"),
            Map.entry("cite", "cite"), Map.entry("規定", "cite"), Map.entry("根拠規定", "cite"),
            Map.entry("role", "role"), Map.entry("区分", "role"),
            Map.entry("statement", "statement"), Map.entry("遵守状況", "statement"),
            Map.entry("audit_date", "auditDate"), Map.entry("監査日", "auditDate"),
            Map.entry("audit_result", "auditResult"), Map.entry("監査結果", "auditResult"),
            Map.entry("audit_finding", "auditFinding"), Map.entry("監査所見", "auditFinding"));
    private static final Map<String, String> BUILDERS = Map.ofEntries(
            Map.entry("prefecture", "prefecture"), Map.entry("本県", "prefecture"), Map.entry("本県警察", "prefecture"),
            Map.entry("埼玉県警察", "prefecture"), Map.entry("npa", "npa"), Map.entry("警察庁", "npa"),
            Map.entry("other-prefecture", "other-prefecture"), Map.entry("他の都道府県", "other-prefecture"),
            Map.entry("他の都道府県警察", "other-prefecture"), Map.entry("other", "other"), Map.entry("その他", "other"));
    private static final Map<String, String> RESULTS = Map.of("passed", "passed", "適合", "passed",
            "findings", "findings", "指摘あり", "findings", "failed", "failed", "不適合", "failed");
    /** 区分 as offices write it; any other role is kept as written (evidence …). */
    static final Map<String, String> ROLES = Map.of("該当", "classified-under", "遵守", "complies-with",
            "根拠", "evidence");
    /** The rules (規則 sheet, or a rules file): 項目 to the attribute of {@code <rules>}. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("区分規定", "classification"), Map.entry("classification", "classification"),
            Map.entry("総括責任者規定", "generalManager"), Map.entry("general_manager", "generalManager"),
            Map.entry("監査規定", "audit"), Map.entry("audit", "audit"),
            Map.entry("監査周期", "auditPeriod"), Map.entry("audit_period", "auditPeriod"),
            Map.entry("総括責任者", "generalManagerPost"), Map.entry("general_manager_post", "generalManagerPost"));
    private static final Pattern PERIOD = Pattern.compile("([0-9０-９]+)\\s*(年|か月|ヶ月|ケ月|カ月|箇月|月|日)");
    private static final Set<String> TRUE = Set.of("true", "yes", "1", "あり", "はい", "有");
    private static final Set<String> FALSE = Set.of("false", "no", "0", "なし", "いいえ", "無");

    /**
     * One row of the table: its values by column key (empty cells left out), where each cell is
     * (登録簿.xlsx:システム!D5, systems.csv:3:4), and how a problem at a cell is located.
     */
    record Row(Map<String, String> values, java.util.function.Function<String, String> places, ProblemAt problems) {
        /** A problem at the cell of a column (the row's first cell when the column is absent). */
        interface ProblemAt {
            Problem at(String column, boolean error, String message);
        }

        String get(String column) {
            return values.get(column);
        }

        String place(String column) {
            return places.apply(column);
        }

        Problem problem(String column, boolean error, String message) {
            return problems.at(column, error, message);
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, SystemEntry> systems = new LinkedHashMap<>();
    private RegisterDoc.Rules rules;
    private final List<RegisterDoc.Official> officials = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    void add(Problem p) {
        problems.add(p);
    }

    /** Reads one row into the systems (an empty row is none). */
    void row(Row r) {
        String id = r.get("id");
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.add(r.problem("id", true, id == null ? Messages.text("register.no-id") : Messages.text("register.bad-id", id)));
            return;
        }
        SystemEntry s = systems.get(id);
        if (s == null) {
            if (r.get("name") == null) {
                problems.add(r.problem("name", true, Messages.text("register.no-name", id)));
                return;
            }
            s = new SystemEntry();
            s.source = r.place("id");
            s.id = id;
            s.name = r.get("name");
            s.description = r.get("description");
            s.builder = code(r, "builder", BUILDERS);
            s.personalInformationFiles = bool(r);
            connection(r, s);
            if (r.get("manager") != null) {
                RegisterDoc.Official o = new RegisterDoc.Official();
                o.role = "operation-manager";
                o.post = r.get("manager");
                s.officials.add(o);
            }
            systems.put(id, s);
        } else if (r.get("name") != null && !r.get("name").equals(s.name)) {
            problems.add(r.problem("name", true, Messages.text("register.other-name", id, s.name, r.get("name"))));
        }
        if (r.get("cite") != null) {
            String role = r.get("role") == null ? null : ROLES.getOrDefault(r.get("role"), r.get("role"));
            // a cell may list several: 第３条第１項第２号及び第３号 becomes two citations with this row's role
            for (String cite : org.regkit.model.CitationList.split(r.get("cite"))) {
                SystemEntry.Cite c = new SystemEntry.Cite(cite, role, r.get("statement"));
                c.source = r.place("cite"); // a citation bind cannot resolve is reported at the cell it was typed in
                s.cites.add(c);
            }
        } else if (r.get("role") != null || r.get("statement") != null) {
            problems.add(r.problem("role", true, Messages.text("register.role-without-cite")));
        }
        audit(r, s);
    }

    /** One rule (区分規定 = 第３条第１項, 監査周期 = 1年); {@code place} says where it was written. */
    void rule(String item, String value, String source, java.util.function.BiFunction<Boolean, String, Problem> place) {
        String key = RULES.get(item.strip().toLowerCase(Locale.ROOT));
        if (key == null) {
            problems.add(place.apply(false, Messages.text("register.unknown-rule", item)));
            return;
        }
        if (key.equals("generalManagerPost")) {
            // 総括責任者: 総務部長, or 総務部長（山田 太郎）
            Matcher m = Pattern.compile("(.+?)[（(](.+)[）)]").matcher(value.strip());
            RegisterDoc.Official o = new RegisterDoc.Official();
            o.role = "general-manager";
            o.source = source;
            o.post = m.matches() ? m.group(1).strip() : value.strip();
            o.name = m.matches() ? m.group(2).strip() : null;
            officials.add(o);
            return;
        }
        if (rules == null) {
            rules = new RegisterDoc.Rules();
            rules.source = source;
        }
        String v = value.strip();
        switch (key) {
            case "classification" -> rules.classification = v;
            case "generalManager" -> rules.generalManager = v;
            case "audit" -> rules.audit = v;
            default -> {
                String period = period(v);
                if (period == null) {
                    problems.add(place.apply(true, Messages.text("register.bad-period", v)));
                }
                rules.auditPeriod = period;
            }
        }
    }

    /** 1年 → P1Y, 6か月 → P6M, 30日 → P30D; an ISO period as it is; null when neither. */
    static String period(String text) {
        if (text.matches("P(?:\\d+[YMWD])+")) {
            return text;
        }
        Matcher m = PERIOD.matcher(text.replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        int n = org.regkit.model.Numerals.parse(m.group(1));
        return "P" + n + (m.group(2).equals("年") ? "Y" : m.group(2).equals("日") ? "D" : "M");
    }

    /** Rules given beside the table (a rules CSV, {@code --rule}): after the table's own, so that they win. */
    void rules(List<RegisterRule> given) {
        for (RegisterRule r : given) {
            rule(r.item(), r.value(), r.place(), (error, message) -> error ? Problem.error(r.place(), message) : Problem.warning(r.place(), message));
        }
    }

    /** The register XML, or every problem when one is an error; {@code place} is where "no systems" is said. */
    byte[] finish(Problem noSystems) throws InputException {
        if (systems.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(noSystems);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InputException(problems, false); // the warnings too: they may explain the errors
        }
        RegisterDoc register = new RegisterDoc();
        register.rules = rules;
        register.officials.addAll(officials);
        register.systems.addAll(systems.values());
        return RegisterWriter.write(register);
    }

    private void audit(Row r, SystemEntry s) {
        if (r.get("auditDate") == null) {
            if (r.get("auditResult") != null || r.get("auditFinding") != null) {
                problems.add(r.problem("auditDate", true, Messages.text("register.audit-without-date")));
            }
            return;
        }
        LocalDate date;
        try {
            date = JapaneseDates.parseAny(r.get("auditDate"));
        } catch (RuntimeException e) {
            problems.add(r.problem("auditDate", true, Messages.text("register.bad-audit-date", r.get("auditDate"))));
            return;
        }
        SystemEntry.Audit a = new SystemEntry.Audit();
        a.source = r.place("auditDate");
        a.date = date.toString();
        a.result = code(r, "auditResult", RESULTS);
        if (a.result == null) {
            if (r.get("auditResult") == null) {
                problems.add(r.problem("auditResult", true, Messages.text("register.audit-without-result")));
            }
            return;
        }
        if (r.get("auditFinding") != null) {
            a.findings.add(r.get("auditFinding"));
        }
        s.audits.add(a);
    }

    private void connection(Row r, SystemEntry s) {
        String value = r.get("connection");
        if (value == null) {
            return;
        }
        for (String part : value.split("[;；]")) {
            String[] kv = part.strip().split("[:：]", 2);
            String type = switch (kv[0].strip()) {
                case "computer", "電子計算機接続" -> "computer";
                case "terminal", "端末接続" -> "terminal";
                default -> null;
            };
            if (type == null || kv.length < 2) {
                problems.add(r.problem("connection", true, Messages.text("register.bad-connection", part.strip())));
                continue;
            }
            SystemEntry.Connection c = new SystemEntry.Connection();
            c.type = type;
            c.to = kv[1].strip();
            s.connections.add(c);
        }
    }

    private String code(Row r, String column, Map<String, String> codes) {
        String value = r.get(column);
        if (value == null) {
            return null;
        }
        String code = codes.get(value.toLowerCase(Locale.ROOT));
        if (code == null) {
            problems.add(r.problem(column, true, Messages.text("register.bad-value", column.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT), value,
                    String.join(", ", new java.util.TreeSet<>(codes.keySet())))));
        }
        return code;
    }

    private Boolean bool(Row r) {
        String value = r.get("pif");
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        problems.add(r.problem("pif", true, Messages.text("register.bad-pif", value)));
        return null;
    }

    /** The first character in {@code value} that XML 1.0 cannot hold, or -1. */
    static int controlCharacter(String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return c;
            }
        }
        return -1;
    }
}
