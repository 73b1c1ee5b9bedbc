package org.regkit.register;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.regkit.io.DecodedText;
import org.regkit.io.TextDecoder;
import org.regkit.model.JapaneseDates;
import org.regkit.io.InputException;
import org.regkit.io.Problem;

/**
 * A register kept in a spreadsheet, saved as CSV (UTF-8 or Windows-31J, header row), to register XML.
 *
 * <p>One row per citation (or a cell listing several: 第３条第１項第２号及び第３号、第５条): the first
 * row of a system gives its name and facts, further rows with the same id add citations and audits. Columns (any order, header names in English or Japanese):
 * id/ID, name/名称, description/概要, builder/整備主体, personal_information_files/個人情報ファイル,
 * connection/接続 (computer:… or terminal:…), operation_manager/運用責任者, cite/規定, role/区分,
 * statement/遵守状況, audit_date/監査日, audit_result/監査結果, audit_finding/監査所見.
 * Every bad row is reported with its line number; nothing is written unless all rows are good.
 */
public final class RegisterCsv {
    private static final Map<String, String> ALIASES = Map.ofEntries(
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
    private static final Map<String, String> BUILDERS = Map.of("prefecture", "prefecture", "本県警察", "prefecture",
            "埼玉県警察", "prefecture", "npa", "npa", "警察庁", "npa", "other-prefecture", "other-prefecture",
            "他の都道府県警察", "other-prefecture", "other", "other", "その他", "other");
    private static final Map<String, String> RESULTS = Map.of("passed", "passed", "適合", "passed",
            "findings", "findings", "指摘あり", "findings", "failed", "failed", "不適合", "failed");
    private static final Set<String> TRUE = Set.of("true", "yes", "1", "あり", "はい", "有");
    private static final Set<String> FALSE = Set.of("false", "no", "0", "なし", "いいえ", "無");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private RegisterCsv(String file) {
        this.file = file;
    }

    /** The register XML for a CSV file's bytes; every bad row is an error with its line. */
    public static byte[] toXml(byte[] bytes, String file, String encoding) throws InputException {
        return toXml(bytes, file, encoding, warning -> { });
    }

    /** As {@link #toXml(byte[], String, String)}, handing each warning (a column it ignores) to {@code warnings}. */
    public static byte[] toXml(byte[] bytes, String file, String encoding, java.util.function.Consumer<Problem> warnings)
            throws InputException {
        DecodedText text = TextDecoder.decode(bytes, encoding, file);
        RegisterCsv csv = new RegisterCsv(file);
        byte[] xml = csv.convert(text.text());
        csv.problems.forEach(warnings);
        return xml;
    }

    private byte[] convert(String text) throws InputException {
        RegisterDoc register = new RegisterDoc();
        Map<String, SystemEntry> systems = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .setTrim(true).get())) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (!columns.containsValue("id") || !columns.containsValue("name")) {
                throw new InputException(Problem.error(file, 1, 1, "the header row needs at least the columns id and name "
                        + "(found: " + String.join(", ", parser.getHeaderNames()) + ")"), false);
            }
            for (CSVRecord row : parser) {
                row(row, lineOf(text, row.getCharacterPosition()), columns, systems);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new InputException(malformed(e.getCause()), true);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(malformed(e), true);
        }
        if (systems.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(file, 2, 1, "no systems: the file has a header row and nothing else"));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InputException(problems, false); // the warnings too: they may explain the errors
        }
        register.systems.addAll(systems.values());
        return marshal(register);
    }

    /**
     * What is wrong with a CSV the parser could not read, at the line it names: a quoted field never
     * closed (a " missing), a stray quote inside an unquoted field, a header named twice.
     */
    private Problem malformed(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)|line (\\d+)").matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(2)) : 0;
        String why = m.contains("EOF reached before encapsulated token finished")
                ? "a quoted field opened here is never closed: a \" is missing"
                : m.contains("invalid char between encapsulated token and delimiter")
                ? "a quote \" in the middle of a field: write it as \"\" inside a quoted field"
                : m.contains("duplicate name") ? "two columns of the header have the same name"
                : "the file is not CSV as spreadsheets write it";
        return Problem.error(file, line, 0, "cannot read the CSV: " + why);
    }

    /** The first character in {@code value} that XML 1.0 cannot hold, or -1. */
    private static int controlCharacter(String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return c;
            }
        }
        return -1;
    }

    private Map<String, String> columns(List<String> header) throws InputException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : header) {
            int c = controlCharacter(h);
            if (c >= 0) {
                throw new InputException(Problem.error(file, 1, 1, String.format("the header row holds the control character "
                        + "U+%04X: it is not the header of a register", c)), false);
            }
            String key = ALIASES.get(h.strip().toLowerCase(Locale.ROOT));
            if (key == null) {
                problems.add(Problem.warning(file, 1, 1, "unknown column \"" + h + "\" is ignored"));
            } else {
                out.put(h, key);
            }
        }
        return out;
    }

    /** The 1-based line a record starts on (a quoted field may run over several lines). */
    private static int lineOf(String text, long offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void row(CSVRecord row, int line, Map<String, String> columns, Map<String, SystemEntry> systems) {
        if (row.stream().allMatch(String::isBlank)) {
            return; // a spreadsheet's empty row (,,,) is no system
        }
        for (int i = 0; i < row.size(); i++) {
            int c = controlCharacter(row.get(i));
            if (c >= 0) {
                // XML cannot hold it: the register would be written and then refused
                problems.add(Problem.error(file, line, i + 1, String.format("column %d holds the control character U+%04X, "
                        + "which a register cannot hold", i + 1, c)));
                return;
            }
        }
        Map<String, String> v = new LinkedHashMap<>();
        columns.forEach((header, key) -> {
            if (row.isSet(header) && !row.get(header).isBlank()) {
                v.put(key, row.get(header).strip());
            }
        });
        if (!row.isConsistent()) {
            error(line, "the row has " + row.size() + " fields, the header " + columns.size());
            return;
        }
        String id = v.get("id");
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            error(line, id == null ? "no id" : "id \"" + id + "\" may hold only letters, digits, '.', '_' and '-'");
            return;
        }
        SystemEntry s = systems.get(id);
        if (s == null) {
            if (v.get("name") == null) {
                error(line, "system " + id + " has no name (the first row of a system gives it)");
                return;
            }
            s = new SystemEntry();
            s.id = id;
            s.name = v.get("name");
            s.description = v.get("description");
            s.builder = code(line, "builder", v.get("builder"), BUILDERS);
            s.personalInformationFiles = bool(line, v.get("pif"));
            connection(line, s, v.get("connection"));
            if (v.get("manager") != null) {
                RegisterDoc.Official o = new RegisterDoc.Official();
                o.role = "operation-manager";
                o.post = v.get("manager");
                s.officials.add(o);
            }
            systems.put(id, s);
        } else if (v.get("name") != null && !v.get("name").equals(s.name)) {
            error(line, "system " + id + " is named \"" + s.name + "\" on an earlier row and \"" + v.get("name") + "\" here");
        }
        if (v.get("cite") != null) {
            // a cell may list several: 第３条第１項第２号及び第３号 becomes two citations with this row's role
            for (String cite : org.regkit.model.CitationList.split(v.get("cite"))) {
                s.cites.add(new SystemEntry.Cite(cite, v.get("role"), v.get("statement")));
            }
        } else if (v.get("role") != null || v.get("statement") != null) {
            error(line, "a role or statement without a cite");
        }
        audit(line, s, v);
    }

    private void audit(int line, SystemEntry s, Map<String, String> v) {
        if (v.get("auditDate") == null) {
            if (v.get("auditResult") != null || v.get("auditFinding") != null) {
                error(line, "an audit result or finding without an audit date");
            }
            return;
        }
        LocalDate date;
        try {
            date = JapaneseDates.parseAny(v.get("auditDate"));
        } catch (RuntimeException e) {
            error(line, "audit_date \"" + v.get("auditDate") + "\" is not a date (2025-03-31 or 令和７年３月31日)");
            return;
        }
        SystemEntry.Audit a = new SystemEntry.Audit();
        a.date = date.toString();
        a.result = code(line, "audit_result", v.getOrDefault("auditResult", ""), RESULTS);
        if (a.result == null) {
            error(line, "an audit needs a result (passed, findings or failed)");
            return;
        }
        if (v.get("auditFinding") != null) {
            a.findings.add(v.get("auditFinding"));
        }
        s.audits.add(a);
    }

    private void connection(int line, SystemEntry s, String value) {
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
                error(line, "connection \"" + part.strip() + "\" should read computer:WHAT or terminal:WHAT");
                continue;
            }
            SystemEntry.Connection c = new SystemEntry.Connection();
            c.type = type;
            c.to = kv[1].strip();
            s.connections.add(c);
        }
    }

    private String code(int line, String column, String value, Map<String, String> codes) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String code = codes.get(value.toLowerCase(Locale.ROOT));
        if (code == null) {
            error(line, column + " \"" + value + "\" is not one of " + String.join(", ", new java.util.TreeSet<>(codes.values())));
        }
        return code;
    }

    private Boolean bool(int line, String value) {
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
        error(line, "personal_information_files \"" + value + "\" should be true or false (あり / なし)");
        return null;
    }

    private void error(int line, String message) {
        problems.add(Problem.error(file, line, 1, message));
    }

    private static byte[] marshal(RegisterDoc register) {
        return RegisterWriter.write(register);
    }
}
