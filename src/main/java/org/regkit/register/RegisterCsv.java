package org.regkit.register;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.regkit.io.DecodedText;
import org.regkit.io.TextDecoder;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

/**
 * A register kept in a spreadsheet, saved as CSV (UTF-8 or Windows-31J, header row), to register XML.
 * The columns and values are {@link RegisterRows}'s; a problem is reported at its line and column.
 */
public final class RegisterCsv {
    private final String file;
    private final RegisterRows rows = new RegisterRows();

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
        return toXml(bytes, file, encoding, List.of(), warnings);
    }

    /** As above, with the rules the derived checks rest on given beside the CSV. */
    public static byte[] toXml(byte[] bytes, String file, String encoding, List<RegisterRule> rules,
                               java.util.function.Consumer<Problem> warnings) throws InputException {
        DecodedText text = TextDecoder.decode(bytes, encoding, file);
        RegisterCsv csv = new RegisterCsv(file);
        csv.rows.rules(rules);
        byte[] xml = csv.convert(text.text());
        csv.rows.problems().forEach(warnings);
        return xml;
    }

    private byte[] convert(String text) throws InputException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .setTrim(true).get())) {
            List<String> header = parser.getHeaderNames();
            Map<String, String> columns = columns(header);
            if (!columns.containsValue("id") || !columns.containsValue("name")) {
                throw new InputException(Problem.error(file, 1, 1, Messages.text("register.csv.header", String.join(", ", header))), false);
            }
            for (CSVRecord record : parser) {
                row(record, lineOf(text, record.getCharacterPosition()), header, columns);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new InputException(malformed(e.getCause()), true);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(malformed(e), true);
        }
        return rows.finish(Problem.error(file, 2, 1, Messages.text("register.csv.no-systems")));
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
                ? Messages.text("register.csv.unclosed")
                : m.contains("invalid char between encapsulated token and delimiter")
                ? Messages.text("register.csv.stray-quote")
                : m.contains("duplicate name") ? Messages.text("register.csv.duplicate-column")
                : Messages.text("register.csv.not-csv");
        return Problem.error(file, line, 0, Messages.text("register.csv.unreadable", why));
    }

    /** Header names to column keys; an unknown column is a warning, a control character an error. */
    private Map<String, String> columns(List<String> header) throws InputException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : header) {
            int c = RegisterRows.controlCharacter(h);
            if (c >= 0) {
                throw new InputException(Problem.error(file, 1, 1, Messages.text("register.csv.header-control", String.format("U+%04X", (int) c))), false);
            }
            String key = RegisterRows.COLUMNS.get(h.strip().toLowerCase(Locale.ROOT));
            if (key == null) {
                rows.add(Problem.warning(file, 1, header.indexOf(h) + 1, Messages.text("register.unknown-column", h)));
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

    private void row(CSVRecord record, int line, List<String> header, Map<String, String> columns) {
        if (record.stream().allMatch(String::isBlank)) {
            return; // a spreadsheet's empty row (,,,) is no system
        }
        for (int i = 0; i < record.size(); i++) {
            int c = RegisterRows.controlCharacter(record.get(i));
            if (c >= 0) {
                // XML cannot hold it: the register would be written and then refused
                rows.add(Problem.error(file, line, i + 1, Messages.text("register.csv.control", i + 1, String.format("U+%04X", (int) c))));
                return;
            }
        }
        if (!record.isConsistent()) {
            rows.add(Problem.error(file, line, 1, Messages.text("register.csv.fields", record.size(), columns.size())));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        columns.forEach((name, key) -> {
            if (record.isSet(name) && !record.get(name).isBlank()) {
                values.put(key, record.get(name).strip());
            }
            at.put(key, header.indexOf(name) + 1);
        });
        rows.row(new RegisterRows.Row(values, column -> file + ":" + line + ":" + at.getOrDefault(column, 1),
                (column, error, message) -> error ? Problem.error(file, line, at.getOrDefault(column, 1), message)
                        : Problem.warning(file, line, at.getOrDefault(column, 1), message)));
    }
}
