package org.regkit.register;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.regkit.io.DecodedText;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.io.TextDecoder;
import org.regkit.l10n.Messages;

/**
 * One rule a register's derived checks rest on (区分規定 = 第３条第１項, 監査周期 = 1年), given beside
 * the register: a rules CSV (項目,値) or {@code --rule 項目=値} on the command line, for a register kept
 * as CSV, which has no 規則 sheet. {@code place} is where it was written, for a message.
 */
public record RegisterRule(String item, String value, String place) {

    /** {@code 区分規定=第３条第１項} as given on the command line. */
    public static RegisterRule parse(String argument) throws InputException {
        int eq = argument.indexOf('=');
        if (eq <= 0 || eq == argument.length() - 1) {
            throw new InputException(Problem.error("--rule " + argument, Messages.text("register.rule.form")), false);
        }
        return new RegisterRule(argument.substring(0, eq).strip(), argument.substring(eq + 1).strip(), "--rule " + argument);
    }

    /** The rules of a CSV file: a row per rule, 項目 then 値, a header row (項目,値 or item,value) optional. */
    public static List<RegisterRule> read(byte[] bytes, String file, String encoding) throws InputException {
        DecodedText text = TextDecoder.decode(bytes, encoding, file);
        List<RegisterRule> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), CSVFormat.RFC4180.builder().setTrim(true)
                .setIgnoreEmptyLines(true).get())) {
            for (CSVRecord r : parser) {
                String item = r.size() > 0 ? r.get(0) : "";
                if (item.isBlank() || item.equals("項目") || item.equalsIgnoreCase("item")) {
                    continue;
                }
                if (r.size() < 2 || r.get(1).isBlank()) {
                    throw new InputException(Problem.error(file, (int) r.getRecordNumber(), 1, Messages.text("register.rule.no-value", item)), false);
                }
                out.add(new RegisterRule(item, r.get(1), file + ":" + r.getRecordNumber() + ":2"));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(Problem.error(file, Messages.text("register.rule.not-csv")), true);
        }
        return out;
    }
}
