package org.regkit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionKind;

/**
 * The 目次 a regulation with chapters prints before its body: 目次, then one line per grouping
 * (第１章　総則（第１条―第４条）), 附則 and 別表. Its lines look like the chapters that follow,
 * so they are read apart: the body starts where the first entry's grouping comes again, or at the
 * first line that is not an entry.
 */
final class TocReader {
    private static final String N = Numerals.NUMBER;
    private static final String SP = "[\\s\u3000]+";
    private static final Pattern ENTRY = Pattern.compile("^第(" + N + ")(編|章|節|款|目)((?:の" + N + ")*)"
            + "(?:" + SP + "(.*?))?[\\s\u3000]*([（(]第[^（）()]*[）)])?$");
    private static final Pattern SUPPL = Pattern.compile("^附[\\s\u3000]*則$");
    private static final Pattern APPENDIX = Pattern.compile("^別表.*$");

    /** One entry of the contents, with the entries of the groupings inside it. */
    static final class Entry {
        final ProvisionKind kind;
        final String num;
        final String title;
        final String range;
        final List<Entry> children = new ArrayList<>();

        Entry(ProvisionKind kind, String num, String title, String range) {
            this.kind = kind;
            this.num = num;
            this.title = title;
            this.range = range;
        }
    }

    /** The contents as read: label, groupings (nested), whether 附則 is listed, appendix labels. */
    static final class Toc {
        String label;
        final List<Entry> entries = new ArrayList<>();
        String suppl;
        final List<String> appendices = new ArrayList<>();
    }

    private TocReader() {
    }

    /** True for the line that opens the contents: 目次 (目　次). */
    static boolean isLabel(String stripped) {
        return Spaces.removeAll(stripped).equals("目次");
    }

    /** Reads the entries after the 目次 line at {@code labelAt}; returns the index where the body starts. */
    static int read(List<SourceLine> lines, int labelAt, Toc toc) {
        toc.label = lines.get(labelAt).stripped();
        List<Entry> open = new ArrayList<>();
        Entry first = null;
        int i = labelAt + 1;
        for (; i < lines.size(); i++) {
            String t = lines.get(i).stripped();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(t);
            if (m.matches()) {
                ProvisionKind kind = ProvisionKind.ofCounter(m.group(2));
                String num = Numerals.machineNumber(m.group(1), m.group(3));
                if (first != null && first.kind == kind && first.num.equals(num)) {
                    break; // the first grouping again: the body
                }
                String title = "第" + m.group(1) + m.group(2) + m.group(3) + (m.group(4) == null || m.group(4).isEmpty() ? ""
                        : "\u3000" + Spaces.tidy(m.group(4)));
                Entry e = new Entry(kind, num, title, m.group(5));
                while (!open.isEmpty() && open.get(open.size() - 1).kind.ordinal() >= kind.ordinal()) {
                    open.remove(open.size() - 1);
                }
                (open.isEmpty() ? toc.entries : open.get(open.size() - 1).children).add(e);
                open.add(e);
                if (first == null) {
                    first = e;
                }
            } else if (SUPPL.matcher(t).matches() && toc.suppl == null && first != null) {
                toc.suppl = t;
            } else if (APPENDIX.matcher(t).matches() && first != null && toc.suppl != null) {
                toc.appendices.add(t);
            } else {
                break;
            }
        }
        return i;
    }

}
