package org.regkit.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.model.KanaSequence;
import org.regkit.model.ListTitle;
import org.regkit.model.Numerals;

/**
 * Reads an amending rule as published (text, or the lines of its HTML page): its number, title
 * and date, the 制定文 that names the rule it amends, the 改め文 with the provisions each sets out,
 * and its 附則. An amending act that amends several laws is read for the part whose 制定文 names the
 * law being amended. Every sentence that does not read is an error at its line and column.
 */
public final class AmendmentReader {
    private static final String NUM = "[0-9０-９〇一二三四五六七八九十百千]+";
    private static final Pattern STATEMENT = Pattern.compile("(?:第" + NUM + "条(?:の" + NUM + ")*[\\s\u3000]+)?(.+)（([^（）]+)）の一部を次のように改正する。");
    private static final Pattern NUMBER = Pattern.compile(".{0,24}第" + NUM + "号");
    private static final Pattern TITLE = Pattern.compile(".+を改正する.{1,6}");
    private static final Pattern CAPTION = Pattern.compile("（[^（）]*）");
    private static final Pattern SUPPL = Pattern.compile("附[\\s\u3000]*則(?:[\\s\u3000]*（.*）)?(?:[\\s\u3000]*抄)?");
    /** A provision set out in full: a title followed by a space, or a 見出し. */
    private static final Pattern BLOCK = Pattern.compile("(?:第" + NUM + "条(?:の" + NUM + ")*|[0-9０-９]+)[\\s\u3000].*|（[^（）]*）");
    /** How a sentence of 改め文 starts: the name of what it amends. */
    private static final Pattern SENTENCE = Pattern.compile("(?:第" + NUM + "(?:編|章|節|款|目|条|項|号)|同条|同項|同号|附則|題名|本則|目次|別表|別記|様式).*");
    private static final Pattern APPENDIX_HEADING = Pattern.compile("別表|別記|様式");

    private AmendmentReader() {
    }

    /**
     * Reads the rule from its lines; {@code amends} is the title of the regulation being amended,
     * whose part of a rule amending several is read.
     */
    public static Amendment read(List<String> lines, String file, String amends, KanaSequence kana) throws InputException {
        List<String> clean = lines.stream().map(l -> l.replace('\u00A0', ' ').stripTrailing()).toList();
        int statement = -1;
        List<String> named = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            Matcher m = STATEMENT.matcher(strip(clean.get(i)));
            if (m.matches()) {
                named.add(m.group(1).strip());
                if (squash(m.group(1)).endsWith(squash(amends)) && statement < 0) {
                    statement = i;
                }
            }
        }
        if (statement < 0) {
            throw new InputException(Problem.error(file, 1, 1, named.isEmpty()
                    ? Messages.text("amendment.no-enactment")
                    : Messages.text("amendment.other-regulation", String.join("、", named), amends)), false);
        }
        String title = null;
        String number = null;
        String date = null;
        for (int i = 0; i < statement; i++) {
            String t = strip(clean.get(i));
            if (date == null && isDate(t)) {
                date = t;
            } else if (number == null && NUMBER.matcher(t).matches()) {
                number = t;
            } else if (title == null && TITLE.matcher(t).matches()) {
                title = t;
            }
        }
        // the part ends at the next law's 制定文 or at the 附則 (which an act amending several laws has once, at its end)
        int supplAt = -1;
        int end = clean.size();
        for (int i = statement + 1; i < clean.size(); i++) {
            String t = strip(clean.get(i));
            if (SUPPL.matcher(t).matches()) {
                supplAt = i;
                end = Math.min(end, i);
                break;
            }
            if (STATEMENT.matcher(t).matches() && end == clean.size()) {
                end = i;
            }
        }
        while (end - 1 > statement && CAPTION.matcher(strip(clean.get(end - 1))).matches()) {
            end--; // （…法の一部改正）: the next part's caption
        }
        List<Amendment.Sentence> sentences = sentences(clean, statement + 1, end, file, kana);
        List<String> suppl = new ArrayList<>();
        if (supplAt >= 0) {
            for (int i = supplAt + 1; i < clean.size(); i++) {
                String t = strip(clean.get(i));
                if (t.isEmpty()) {
                    continue;
                }
                if (isDate(t) || STATEMENT.matcher(t).matches()) {
                    if (date == null && isDate(t)) {
                        date = t;
                    }
                    break;
                }
                suppl.add(t);
            }
        }
        if (date == null) {
            for (int i = Math.max(statement, supplAt) + 1; i < clean.size(); i++) {
                if (isDate(strip(clean.get(i)))) {
                    date = strip(clean.get(i));
                    break;
                }
            }
        }
        LocalDate effective = null;
        for (String l : suppl) {
            if (l.contains("公布の日から施行")) {
                effective = date == null ? null : JapaneseDates.parseExact(date);
                break;
            }
            LocalDate d = JapaneseDates.find(l);
            if (d != null) {
                effective = d;
                break;
            }
        }
        boolean excerpt = supplAt >= 0 && strip(clean.get(supplAt)).endsWith("抄");
        return new Amendment(title == null ? "" : title, number, date, strip(clean.get(statement)), sentences, suppl, effective, excerpt);
    }

    private static List<Amendment.Sentence> sentences(List<String> lines, int from, int to, String file, KanaSequence kana)
            throws InputException {
        List<Amendment.Sentence> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SentenceReader reader = new SentenceReader(kana);
        int i = from;
        while (i < to) {
            String t = strip(lines.get(i));
            if (t.isEmpty()) {
                i++;
                continue;
            }
            if (!SENTENCE.matcher(t).matches() || BLOCK.matcher(t).matches()) {
                problems.add(Problem.error(file, i + 1, 1, Messages.text("amendment.stray-line", cut(t))));
                i++;
                continue;
            }
            // a sentence may run over several lines, as text taken from a PDF does
            int start = i;
            StringBuilder sentence = new StringBuilder(t);
            while (!sentence.toString().endsWith("。") && i + 1 < to && !isStart(strip(lines.get(i + 1)))) {
                i++;
                sentence.append(strip(lines.get(i)));
            }
            i++;
            List<String> block = new ArrayList<>();
            while (i < to && !isSentence(strip(lines.get(i)))) {
                if (!strip(lines.get(i)).isEmpty()) {
                    block.add(strip(lines.get(i)));
                }
                i++;
            }
            try {
                List<Edit> edits = withBlock(reader.read(sentence.toString()), block, start, file);
                out.add(new Amendment.Sentence(start + 1, sentence.toString(), edits));
            } catch (SentenceReader.Unreadable u) {
                problems.add(Problem.error(file, start + 1, column(lines.get(start), u.column), u.getMessage()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, false);
        }
        return out; // none: a rule that only adds its 附則 (as e-Gov's consolidated texts record some amendments)
    }

    /** The one edit of a sentence that sets out provisions gets the lines under it. */
    private static List<Edit> withBlock(List<Edit> edits, List<String> block, int line, String file) throws InputException {
        List<Edit> out = new ArrayList<>();
        int needing = (int) edits.stream().filter(e -> e instanceof Edit.Add || e instanceof Edit.Rewrite || e instanceof Edit.Appendix).count();
        if (needing > 1) {
            throw new InputException(Problem.error(file, line + 1, 1, Messages.text("amendment.setout-twice")), false);
        }
        if (needing == 1 && block.isEmpty()) {
            throw new InputException(Problem.error(file, line + 1, 1, Messages.text("amendment.setout-missing")), false);
        }
        if (needing == 0 && !block.isEmpty()) {
            throw new InputException(Problem.error(file, line + 2, 1, Messages.text("amendment.setout-orphan", cut(block.get(0)))), false);
        }
        for (Edit e : edits) {
            if (e instanceof Edit.Add a) {
                out.add(new Edit.Add(a.target(), a.placement(), a.kind(), a.count(), block));
            } else if (e instanceof Edit.Rewrite r) {
                out.add(new Edit.Rewrite(r.target(), r.withCaption(), block));
            } else if (e instanceof Edit.Appendix a) {
                out.add(new Edit.Appendix(a.title(), block));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isStart(String t) {
        return t.isEmpty() || isSentence(t) || SUPPL.matcher(t).matches();
    }

    private static boolean isSentence(String t) {
        // an appendix set out under its sentence begins 別表第１… too, but no sentence of 改め文 is left unended
        return SENTENCE.matcher(t).matches() && !BLOCK.matcher(t).matches() && ListTitle.opening(t) == null
                && (t.endsWith("。") || !APPENDIX_HEADING.matcher(t).lookingAt());
    }

    private static boolean isDate(String t) {
        Matcher m = JapaneseDates.DATE.matcher(t);
        return m.matches();
    }

    /** The column in the original line of a position in its stripped text (1-based). */
    private static int column(String line, int at) {
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead)) || lead < line.length() && line.charAt(lead) == '\u3000') {
            lead++;
        }
        return lead + at + 1;
    }

    private static String strip(String s) {
        return s.strip().replaceAll("^\u3000+", "").strip();
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    private static String cut(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static int number(String s) {
        return Numerals.parse(s);
    }
}
