package org.regkit.ingest;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Numerals;
import org.regkit.io.Problem;

/**
 * Reads the lines before the first provision: the title (○ stripped), the date, the rule's
 * number (警察本部訓令第27号), the issuer (警察本部長), the promulgation sentence
 * (…を次のように定める。), the title repeated after it, and the enact statement
 * (…の全部を改正する。). Blank lines mean nothing (PDF extraction adds them anywhere); a new
 * statement starts on an indented line or after a finished sentence.
 */
final class HeaderReader {
    private static final Pattern NUMBER = Pattern.compile("^(.{0,30}?)第([0-9０-９〇一二三四五六七八九十百千]+)号$");
    private static final int MAX_ISSUER_LENGTH = 30;
    private static final String AMENDED = "改正";
    private static final Pattern AMENDMENT = Pattern.compile("^(" + org.regkit.model.JapaneseDates.ERA_PATTERN + ")(元|[0-9０-９〇一二三四五六七八九十]+)年"
            + "[0-9０-９〇一二三四五六七八九十]+月[0-9０-９〇一二三四五六七八九十]+日.{0,30}第[0-9０-９〇一二三四五六七八九十百千]+号$");

    private final String file;
    private final List<Problem> problems;

    HeaderReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Fills the header fields of {@code law} from {@code lines} (all before the body). */
    void read(List<SourceLine> lines, DraftLaw law) {
        List<StringBuilder> statements = new ArrayList<>();
        List<Integer> statementLines = new ArrayList<>();
        for (SourceLine line : lines) {
            String t = line.stripped();
            if (t.isEmpty()) {
                continue;
            }
            if (law.title == null) {
                law.title = Spaces.tidy(t.replaceFirst("^[○◯〇]", ""));
                law.titleLine = line.number();
            } else if (statements.isEmpty() && law.dateText == null && JapaneseDates.DATE.matcher(t).matches()) {
                readDate(line, t, law);
            } else if (statements.isEmpty() && law.lawNum == null && NUMBER.matcher(Spaces.removeAll(t)).matches()) {
                Matcher m = NUMBER.matcher(Spaces.removeAll(t));
                m.matches();
                law.lawNum = Spaces.removeAll(t);
                law.number = Numerals.parse(m.group(2));
            } else if (statements.isEmpty() && law.lawNum != null && isAmendment(t, law)) {
                String s = Spaces.removeAll(t);
                law.amendments.add(s.startsWith(AMENDED) ? s.substring(AMENDED.length()) : s);
            } else if (statements.isEmpty() && law.issuer == null && isIssuer(t)) {
                law.issuer = Spaces.removeAll(t);
            } else {
                StringBuilder current = statements.isEmpty() ? null : statements.get(statements.size() - 1);
                if (current == null || line.indented() || endsSentence(current)) {
                    statements.add(new StringBuilder());
                    statementLines.add(line.number());
                    current = statements.get(statements.size() - 1);
                }
                Spaces.join(current, t);
            }
        }
        classify(statements, statementLines, law);
    }

    private void readDate(SourceLine line, String t, DraftLaw law) {
        Matcher m = JapaneseDates.DATE.matcher(t);
        m.matches();
        law.dateText = t;
        law.eraName = m.group(1);
        law.eraYear = JapaneseDates.year(m.group(2));
        try {
            law.date = JapaneseDates.toIso(m.group(1), law.eraYear, Numerals.parse(m.group(3)), Numerals.parse(m.group(4)));
        } catch (DateTimeException e) {
            problems.add(Problem.error(file, line.number(), 1, Messages.text("import.no-such-date", t)));
        }
    }

    /**
     * 改正　令和７年３月25日警察本部訓令第９号, and the further amendments listed below it, each a
     * date followed by a number (第３号).
     */
    private static boolean isAmendment(String t, DraftLaw law) {
        String s = Spaces.removeAll(t);
        boolean first = s.startsWith(AMENDED);
        String rest = first ? s.substring(AMENDED.length()) : s;
        return (first || !law.amendments.isEmpty()) && AMENDMENT.matcher(rest).matches() && JapaneseDates.find(rest) != null;
    }

    private static boolean isIssuer(String t) {
        String s = Spaces.removeAll(t);
        return s.length() <= MAX_ISSUER_LENGTH && s.indexOf('。') < 0 && s.indexOf('、') < 0;
    }

    private static boolean endsSentence(StringBuilder b) {
        return b.length() > 0 && b.charAt(b.length() - 1) == '。';
    }

    /** Promulgation sentence, repeated title and enact statements, in that order. */
    private void classify(List<StringBuilder> statements, List<Integer> lines, DraftLaw law) {
        for (int i = 0; i < statements.size(); i++) {
            String s = Spaces.tidy(statements.get(i).toString());
            if (law.promulgationStatement == null && law.enactStatements.isEmpty() && s.endsWith("定める。")) {
                law.promulgationStatement = s;
            } else if (law.promulgationStatement != null && !law.titleRepeated && law.enactStatements.isEmpty()
                    && Spaces.removeAll(s).equals(Spaces.removeAll(law.title))) {
                law.titleRepeated = true;
            } else {
                law.enactStatements.add(s);
            }
        }
        if (law.title == null) {
            problems.add(Problem.error(file, 1, 1, Messages.text("import.no-title")));
        }
    }
}
