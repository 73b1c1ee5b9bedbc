package org.regkit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.l10n.Messages;
import org.regkit.model.KanaSequence;
import org.regkit.model.ListTitle;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionKind;
import org.regkit.io.Problem;

/**
 * Recognises the structure of a regulation written as lines of text — the one recogniser behind
 * every importer that reads running text (plain text, text extracted from PDF, HTML pages).
 *
 * <p>A line opens a provision only when its title is followed by a space and its number is the
 * one expected next; anything else continues the text before it. This is what lets the
 * recogniser read text from PDF, where a line broken in mid-sentence may start with
 * 「第２条第４項に規定する…」. A line that looks like a provision out of sequence right after a
 * finished sentence, and text that belongs nowhere, are errors with their line number.
 */
public final class StructureRecogniser {
    private static final String N = Numerals.NUMBER;
    private static final String SP = "[\\s\u3000]+";
    private static final Pattern ARTICLE = Pattern.compile("^第(" + N + ")条((?:の" + N + ")*)(?:" + SP + "(.*))?$");
    private static final Pattern ARTICLE_RANGE = Pattern.compile(
            "^第(" + N + ")条((?:の" + N + ")*)(?:から|及び)第(" + N + ")条((?:の" + N + ")*)(?:まで)?" + SP + "(削除)$");
    private static final Pattern GROUPING = Pattern.compile("^第(" + N + ")(編|章|節|款|目)((?:の" + N + ")*)(?:" + SP + "(.+))?$");
    private static final Pattern PARAGRAPH = Pattern.compile("^([0-9０-９]{1,3})" + SP + "(.+)$");
    private static final Pattern SUPPL = Pattern.compile("^附" + "[\\s\u3000]*則(?:[\\s\u3000]*[（(](.+)[）)])?(?:[\\s\u3000]*(抄))?$");
    /** 別表第１（第３条関係）, 別記, 様式第２号: a line that is only an appendix's heading. */
    private static final Pattern APPENDIX = Pattern.compile("^(別表|別記様式|別記|別紙|様式)(第(" + N + ")号?)?[\\s\u3000]*"
            + "([（(][^（）()]*関係[）)])?(?:" + SP + "([^。、]{1,40}))?$");
    private static final Pattern RELATED = Pattern.compile("^[（(][^（）()]*関係[）)]$");
    private static final Pattern REMARKS = Pattern.compile("^備考(?:" + SP + "(.+))?$");
    /** What a PDF's page footer leaves in extracted text: - 3 -, －３－, 3 / 12, 3ページ. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-－‐―][\\s\u3000]*[0-9０-９]{1,4}[\\s\u3000]*[-－‐―]$|^[0-9０-９]{1,4}[\\s\u3000]*[/／][\\s\u3000]*[0-9０-９]{1,4}$"
                    + "|^[0-9０-９]{1,4}[\\s\u3000]*ページ$");
    private static final int MAX_LIST_DEPTH = 11;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final DraftLaw law = new DraftLaw();

    private final List<Draft> groupings = new ArrayList<>();
    private Draft scope;
    private Draft article;
    /** The number of the last article opened in the current scope: a new one must come after it. */
    private String lastArticleNum;
    private Draft paragraph;
    private final List<Level> levels = new ArrayList<>();
    private Draft textTarget;
    private String pendingCaption;
    /** The appendix being read: every line after its heading belongs to it. */
    private DraftAppendix appendix;

    /** One open list level under the current paragraph: its numbering style and last entry. */
    private static final class Level {
        final ListTitle.Style style;
        final KanaSequence sequence;
        final ProvisionKind kind;
        Draft node;
        int last;

        Level(ListTitle.Style style, KanaSequence sequence, ProvisionKind kind) {
            this.style = style;
            this.sequence = sequence;
            this.kind = kind;
        }
    }

    private StructureRecogniser(String file) {
        this.file = file;
        this.scope = law.main;
    }

    /** What was recognised, and the problems found. */
    record Result(DraftLaw law, List<Problem> problems) {
    }

    /** Recognises a whole regulation from its lines. */
    static Result recognise(List<SourceLine> lines, String file) {
        StructureRecogniser r = new StructureRecogniser(file);
        int bodyStart = r.bodyStart(lines);
        int headerEnd = bodyStart;
        for (int i = 0; i < bodyStart; i++) {
            if (TocReader.isLabel(lines.get(i).stripped())) {
                // 目次: the header ends there, and the body after the contents' entries
                headerEnd = i;
                r.law.toc = new TocReader.Toc();
                bodyStart = TocReader.read(lines, i, r.law.toc);
                break;
            }
        }
        new HeaderReader(file, r.problems).read(lines.subList(0, headerEnd), r.law);
        for (int i = bodyStart; i < lines.size(); i++) {
            r.line(lines, i);
        }
        r.finish();
        return new Result(r.law, List.copyOf(r.problems));
    }

    /** Index of the first line that belongs to the body (first article, chapter, caption or 附則). */
    private int bodyStart(List<SourceLine> lines) {
        boolean titleSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).stripped();
            if (t.isEmpty()) {
                continue;
            }
            if (!titleSeen) {
                titleSeen = true;
                continue;
            }
            if (ARTICLE.matcher(t).matches() || SUPPL.matcher(t).matches() || isGroupingLine(t)
                    || isCaption(t) && nextIsArticle(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isGroupingLine(String t) {
        Matcher m = GROUPING.matcher(t);
        return m.matches() && m.group(4) != null;
    }

    private void line(List<SourceLine> lines, int i) {
        SourceLine line = lines.get(i);
        String t = line.stripped();
        if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
            return; // a page footer is the PDF's, not the regulation's
        }
        Matcher m;
        if ((m = APPENDIX.matcher(t)).matches() && mayOpenAppendix()) {
            openAppendix(line, m);
        } else if (appendix != null) {
            appendixLine(t);
        } else if ((m = SUPPL.matcher(t)).matches()) {
            openSuppl(line, m);
        } else if ((m = GROUPING.matcher(t)).matches() && m.group(4) != null && openGrouping(line, m)) {
            return;
        } else if (isCaption(t) && (nextIsArticle(lines, i) || nextIsParagraph(lines, i))) {
            pendingCaption = t;
        } else if ((m = ARTICLE_RANGE.matcher(t)).matches() && acceptsArticle(rangeNum(m))) {
            openArticle(line, rangeNum(m), t.substring(0, t.length() - m.group(5).length()).strip(), m.group(5));
        } else if ((m = ARTICLE.matcher(t)).matches() && acceptsArticle(Numerals.machineNumber(m.group(1), m.group(2)))) {
            openArticle(line, Numerals.machineNumber(m.group(1), m.group(2)), "第" + m.group(1) + "条" + m.group(2), m.group(3));
        } else if ((m = PARAGRAPH.matcher(t)).matches() && acceptsParagraph(Numerals.parse(m.group(1)))) {
            openParagraph(line, Integer.toString(Numerals.parse(m.group(1))), m.group(1), m.group(2));
        } else if (!tryListItem(line, t)) {
            continueText(line, t);
        }
    }

    // ----- 附則 and groupings ---------------------------------------------------------------

    private void openSuppl(SourceLine line, Matcher m) {
        Draft s = new Draft(ProvisionKind.SUPPL, Integer.toString(law.suppls.size() + 1), "附　則", line.number());
        s.amendLawNum = m.group(1) == null ? null : Spaces.tidy(m.group(1));
        s.extract = m.group(2) != null;
        law.suppls.add(s);
        scope = s;
        lastArticleNum = null;
        groupings.clear();
        closeArticle();
        dropCaption(line);
    }

    /** Opens a 編 章 節 款 目 when its number follows the last one of its kind; false otherwise. */
    private boolean openGrouping(SourceLine line, Matcher m) {
        ProvisionKind kind = ProvisionKind.ofCounter(m.group(2));
        String num = Numerals.machineNumber(m.group(1), m.group(3));
        int keep = 0;
        while (keep < groupings.size() && groupings.get(keep).kind.ordinal() < kind.ordinal()) {
            keep++;
        }
        Draft parent = keep == 0 ? scope : groupings.get(keep - 1);
        Draft previous = parent.last(kind);
        if (previous != null ? NumberOrder.compare(num, previous.num) <= 0 : !startsSequence(num)) {
            return false;
        }
        String title = "第" + m.group(1) + m.group(2) + m.group(3) + "　" + Spaces.tidy(m.group(4));
        Draft g = parent.add(new Draft(kind, num, title, line.number()));
        groupings.subList(keep, groupings.size()).clear();
        groupings.add(g);
        closeArticle();
        dropCaption(line);
        return true;
    }

    private static boolean startsSequence(String num) {
        return num.equals("1");
    }

    // ----- articles and paragraphs -------------------------------------------------------------

    /** True when an article numbered {@code num} may follow the articles already in this 本則 or 附則. */
    private boolean acceptsArticle(String num) {
        return lastArticleNum == null || NumberOrder.compare(num, lastArticleNum) > 0;
    }

    private void openArticle(SourceLine line, String num, String title, String rest) {
        Draft container = groupings.isEmpty() ? scope : groupings.get(groupings.size() - 1);
        article = container.add(new Draft(ProvisionKind.ARTICLE, num, title, line.number()));
        lastArticleNum = num;
        article.caption = pendingCaption;
        pendingCaption = null;
        paragraph = null;
        openParagraph(line, "1", "", rest == null ? "" : rest);
    }

    private void closeArticle() {
        article = null;
        paragraph = null;
        levels.clear();
        textTarget = null;
    }

    /** Where paragraphs go now: the open article, else the 附則 or a main provision of paragraphs. */
    private Draft paragraphContainer() {
        if (article != null) {
            return article;
        }
        return groupings.isEmpty() ? scope : null;
    }

    private boolean acceptsParagraph(int n) {
        Draft container = paragraphContainer();
        if (container == null) {
            return false;
        }
        return n == container.children(ProvisionKind.PARAGRAPH).size() + 1;
    }

    private void openParagraph(SourceLine line, String num, String title, String rest) {
        Draft container = paragraphContainer();
        paragraph = container.add(new Draft(ProvisionKind.PARAGRAPH, num, title, line.number()));
        if (pendingCaption != null) {
            paragraph.caption = pendingCaption;
            pendingCaption = null;
        }
        levels.clear();
        textTarget = paragraph;
        Spaces.join(paragraph.text, rest);
    }

    // ----- items and sub-items ------------------------------------------------------------------

    /** Opens an item or sub-item if the line starts with the marker expected next. */
    private boolean tryListItem(SourceLine line, String t) {
        ListTitle.Opening marker = ListTitle.opening(t);
        if (marker == null || paragraph == null) {
            return false;
        }
        ListTitle.Opening alternative = marker.alternative();
        if (alternative != null && continuesOpenList(alternative)) {
            marker = alternative;
        }
        for (int depth = levels.size() - 1; depth >= 0; depth--) {
            Level level = levels.get(depth);
            if (level.style != marker.title().style()) {
                continue;
            }
            int pos = marker.title().position(level.sequence);
            boolean next = marker.title().branches().isEmpty() ? pos == level.last + 1 : pos == level.last;
            if (!next) {
                return false;
            }
            levels.subList(depth + 1, levels.size()).clear();
            openListEntry(line, level, marker);
            return true;
        }
        if (!marker.title().opensList() || levels.size() >= MAX_LIST_DEPTH) {
            return false;
        }
        ProvisionKind kind = levels.isEmpty() ? ProvisionKind.ITEM : levels.get(levels.size() - 1).kind.nextListLevel();
        KanaSequence sequence = KanaSequence.startingWith(marker.title().letter());
        Level level = new Level(marker.title().style(), sequence, kind);
        levels.add(level);
        openListEntry(line, level, marker);
        return true;
    }

    /** True when the marker is the next entry of a list level already open. */
    private boolean continuesOpenList(ListTitle.Opening marker) {
        for (Level level : levels) {
            if (level.style == marker.title().style() && marker.title().position(level.sequence) == level.last + 1) {
                return true;
            }
        }
        return false;
    }

    private void openListEntry(SourceLine line, Level level, ListTitle.Opening marker) {
        Draft parent = levels.indexOf(level) == 0 ? paragraph : levels.get(levels.indexOf(level) - 1).node;
        Draft entry = parent.add(new Draft(level.kind, marker.title().machineNumber(level.sequence), marker.title().text(), line.number()));
        level.node = entry;
        level.last = marker.title().position(level.sequence);
        textTarget = entry;
        Spaces.join(entry.text, marker.rest());
    }

    // ----- appendices (別表, 別記, 様式) ----------------------------------------------------------------

    /** After the provisions, once the text before has ended its sentence (別表第１に定める… stays text). */
    private boolean mayOpenAppendix() {
        return !law.main.children.isEmpty() && (appendix != null || textTarget == null || endsSentence(textTarget.text));
    }

    private void openAppendix(SourceLine line, Matcher m) {
        DraftAppendix.Kind kind = DraftAppendix.Kind.of(m.group(1));
        long sameKind = law.appendices.stream().filter(a -> a.kind == kind).count();
        String num = m.group(3) == null ? Long.toString(sameKind + 1) : Integer.toString(Numerals.parse(m.group(3)));
        String title = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        appendix = new DraftAppendix(kind, num, title, m.group(4));
        appendix.caption = m.group(5) == null ? null : Spaces.tidy(m.group(5));
        law.appendices.add(appendix);
        closeArticle();
        dropCaption(line);
    }

    /** A line of the open appendix: a table row (its cells apart), a line of a note or form, or remarks. */
    private void appendixLine(String t) {
        if (appendix.related == null && appendix.caption == null && appendix.rows.isEmpty() && RELATED.matcher(t).matches()) {
            appendix.related = t; // （第２条関係） on the line after the heading, as a page sets it
            return;
        }
        Matcher r = REMARKS.matcher(t);
        if (appendix.remarks == null && r.matches()) {
            appendix.remarks = new ArrayList<>();
            if (r.group(1) != null) {
                appendix.remarks.add(Spaces.strip(r.group(1)));
            }
        } else if (appendix.remarks != null) {
            appendix.remarks.add(t);
        } else {
            appendix.rows.add(appendix.kind == DraftAppendix.Kind.TABLE ? Spaces.cells(t) : List.of(t));
        }
    }

    // ----- running text --------------------------------------------------------------------------

    private void continueText(SourceLine line, String t) {
        if (textTarget == null && paragraphContainer() != null && scope.kind == ProvisionKind.SUPPL && article == null
                && paragraphContainer().children.isEmpty()) {
            openParagraph(line, "1", "", t);
            return;
        }
        if (textTarget == null) {
            problems.add(Problem.error(file, line.number(), 1, Messages.text("import.cannot-place", excerpt(t), where())));
            return;
        }
        if (isCaption(t) && endsSentence(textTarget.text)) {
            problems.add(Problem.error(file, line.number(), 1, Messages.text("import.caption-alone", t)));
        } else if (looksOutOfSequence(t) && endsSentence(textTarget.text)) {
            problems.add(Problem.error(file, line.number(), 1, Messages.text("import.out-of-sequence", excerpt(t), where())));
        }
        Spaces.join(textTarget.text, t);
    }

    /** True for a line that starts like a provision title followed by a space. */
    private static boolean looksOutOfSequence(String t) {
        Matcher a = ARTICLE.matcher(t);
        return a.matches() && a.group(3) != null || PARAGRAPH.matcher(t).matches() || ListTitle.opening(t) != null;
    }

    private String where() {
        if (textTarget != null) {
            return describe(textTarget);
        }
        if (!groupings.isEmpty()) {
            return groupings.get(groupings.size() - 1).title;
        }
        return scope.kind == ProvisionKind.SUPPL ? "附則" : Messages.text("import.the-header");
    }

    private static String describe(Draft d) {
        return d.title.isEmpty() ? d.kind.element() + " " + d.num : d.title;
    }

    private void dropCaption(SourceLine line) {
        if (pendingCaption != null) {
            problems.add(Problem.error(file, line.number(), 1, Messages.text("import.caption-alone", pendingCaption)));
            pendingCaption = null;
        }
    }

    private void finish() {
        if (pendingCaption != null) {
            problems.add(Problem.error(file, 0, 0, Messages.text("import.caption-at-end", pendingCaption)));
        }
        if (law.main.children.isEmpty()) {
            problems.add(Problem.error(file, 0, 0, Messages.text("import.no-provisions")));
        }
    }

    // ----- helpers ---------------------------------------------------------------------------------

    private static boolean isCaption(String t) {
        if (t.length() < 3 || t.length() > 60 || t.charAt(0) != '（' || t.charAt(t.length() - 1) != '）') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（') {
                depth++;
            } else if (c == '）' && --depth == 0 && i < t.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean nextIsArticle(List<SourceLine> lines, int i) {
        String next = nextNonBlank(lines, i);
        return next != null && (ARTICLE.matcher(next).matches() || ARTICLE_RANGE.matcher(next).matches());
    }

    private static boolean nextIsParagraph(List<SourceLine> lines, int i) {
        String next = nextNonBlank(lines, i);
        return next != null && PARAGRAPH.matcher(next).matches();
    }

    private static String nextNonBlank(List<SourceLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String t = lines.get(j).stripped();
            if (!t.isEmpty() && !PAGE_NUMBER.matcher(t).matches()) {
                return t;
            }
        }
        return null;
    }

    private static boolean endsSentence(StringBuilder b) {
        return b.length() > 0 && b.charAt(b.length() - 1) == '。';
    }

    private static String rangeNum(Matcher m) {
        return Numerals.machineNumber(m.group(1), m.group(2)) + ":" + Numerals.machineNumber(m.group(3), m.group(4));
    }

    private static String excerpt(String t) {
        return "「" + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "」";
    }
}
