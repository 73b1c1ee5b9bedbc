package org.regkit.cli;

import org.regkit.Regkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regkit.ingest.Imported;
import org.regkit.l10n.Messages;
import org.regkit.register.RegisterRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regkit import register FILE.xlsx|FILE.csv -o S.xml}. */
@Command(name = "register", description = "A register kept in Excel (.xlsx) or as CSV (UTF-8 or Windows-31J) to register XML.",
        footer = {"",
                "Systems: the sheet システム (else the first sheet), or the CSV.",
                "A header row, then a row per system and citation; a system's",
                "first row gives its facts, more rows with its ID add citations",
                "and audits. Columns (Japanese or English names):",
                "  システムID (id): required; letters, digits, . _ -",
                "  システム名 (name): required on a system's first row",
                "  概要 (description), 運用責任者 (operation_manager)",
                "  整備主体 (builder): 本県警察, 警察庁, 他の都道府県警察, その他",
                "  個人情報ファイル: あり / なし",
                "  接続 (connection): 端末接続:WHAT or 電子計算機接続:WHAT; …",
                "  根拠規定 (cite): 第３条第１項第２号ア, or several:",
                "    第２号及び第３号、第５条",
                "  区分 (role): 該当 (falls under), 遵守 (complies with)",
                "  遵守状況 (statement): how the system complies",
                "  監査日 (audit_date): a date cell, 2024-10-01 or 令和６年10月１日",
                "  監査結果 (audit_result): 適合, 指摘あり, 不適合",
                "  監査所見 (audit_finding)",
                "Rules: the sheet 規則 (columns 項目 and 値), --rules FILE.csv",
                "(項目,値) or --rule 項目=値:",
                "  区分規定 (第３条第１項), 総括責任者規定 (第５条),",
                "  監査規定 (第６条), 監査周期 (1年, 6か月),",
                "  総括責任者 (総務部長, or 総務部長（山田 太郎）)",
                "Unknown columns are warnings; a bad cell is an error at its",
                "place (登録簿.xlsx:システム!E12)."})
final class ImportRegister extends ImportFile {
    @Mixin
    Encoding encoding;

    @Option(names = "--rules", paramLabel = "RULES.csv", description = "the rules as a CSV of 項目,値 (for a register kept as CSV)")
    Path rulesFile;
    @Option(names = "--rule", paramLabel = "項目=値", description = "one rule (区分規定=第３条第１項, 監査周期=1年); may be repeated")
    List<String> rules = new ArrayList<>();

    Imported convert() throws Exception {
        List<RegisterRule> given = new ArrayList<>(rulesFile == null ? List.of() : Regkit.readRegisterRules(rulesFile, encoding.name));
        for (String r : rules) {
            try {
                given.add(RegisterRule.parse(r));
            } catch (org.regkit.io.InputException e) {
                throw new UsageException(Messages.text("cli.option-value", "--rule " + r, e.problems().get(0).message()));
            }
        }
        return Regkit.importRegister(file, encoding.name, given);
    }
}
