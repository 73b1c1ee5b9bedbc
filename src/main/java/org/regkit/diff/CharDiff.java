package org.regkit.diff;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.Script;

/**
 * Character-level differences of two texts (Japanese has no spaces to split words at), grouped
 * into readable runs: changes separated by one or two unchanged characters are merged, and a change
 * that cuts into a word of kanji, katakana or Latin letters is widened to the whole word, so that
 * 「総務部長」→「警務部長」 reads as one replaced word, not as 総→警.
 */
public final class CharDiff {
    private CharDiff() {
    }

    public static List<Run> diff(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        String ma = a.substring(prefix, a.length() - suffix);
        String mb = b.substring(prefix, b.length() - suffix);
        List<Run> raw = new ArrayList<>();
        add(raw, Run.Op.EQUAL, a.substring(0, prefix));
        raw.addAll(lcsRuns(ma, mb));
        add(raw, Run.Op.EQUAL, a.substring(a.length() - suffix));
        return readable(raw);
    }

    /** LCS on the differing middle (small: amendments change phrases, not whole articles). */
    private static List<Run> lcsRuns(String a, String b) {
        int n = a.length();
        int m = b.length();
        if ((long) n * m > 4_000_000L) {
            List<Run> out = new ArrayList<>();
            add(out, Run.Op.DELETE, a);
            add(out, Run.Op.INSERT, b);
            return out;
        }
        // one flat table over char arrays, and each run built whole rather than a character at a time:
        // the same walk, a fraction of the work in a cold process
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int w = m + 1;
        int[] l = new int[(n + 1) * w];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                l[i * w + j] = x[i] == y[j] ? l[(i + 1) * w + j + 1] + 1 : Math.max(l[(i + 1) * w + j], l[i * w + j + 1]);
            }
        }
        List<Run> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Run.Op op = null;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            Run.Op next;
            if (i < n && j < m && x[i] == y[j]) {
                next = Run.Op.EQUAL;
            } else if (j < m && (i == n || l[i * w + j + 1] >= l[(i + 1) * w + j])) {
                next = Run.Op.INSERT;
            } else {
                next = Run.Op.DELETE;
            }
            if (op != null && next != op) {
                add(out, op, run.toString());
                run.setLength(0);
            }
            op = next;
            switch (next) {
                case EQUAL -> {
                    run.append(x[i++]);
                    j++;
                }
                case INSERT -> run.append(y[j++]);
                case DELETE -> run.append(x[i++]);
            }
        }
        if (op != null) {
            add(out, op, run.toString());
        }
        return out;
    }

    /** Merges runs of the same kind and adjacent ones, so that the result alternates cleanly. */
    private static void add(List<Run> runs, Run.Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(op, last.text() + text));
        } else {
            runs.add(new Run(op, text));
        }
    }

    /** Groups edits into phrases: short equal gaps are absorbed and changes widen to whole words. */
    private static List<Run> readable(List<Run> raw) {
        // rebuild both texts with a change mask, then widen and merge the masks
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        List<Boolean> ma = new ArrayList<>();
        List<Boolean> mb = new ArrayList<>();
        List<int[]> anchors = new ArrayList<>(); // equal characters: {posA, posB}
        for (Run r : raw) {
            for (char c : r.text().toCharArray()) {
                switch (r.op()) {
                    case EQUAL -> {
                        anchors.add(new int[] {a.length(), b.length()});
                        a.append(c);
                        b.append(c);
                        ma.add(false);
                        mb.add(false);
                    }
                    case DELETE -> {
                        a.append(c);
                        ma.add(true);
                    }
                    case INSERT -> {
                        b.append(c);
                        mb.add(true);
                    }
                }
            }
        }
        // widen: an equal character inside the same word as a changed one becomes changed on both sides
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] p : anchors) {
                if (ma.get(p[0])) {
                    continue;
                }
                boolean touch = near(a, ma, p[0]) || near(b, mb, p[1]);
                if (touch) {
                    ma.set(p[0], true);
                    mb.set(p[1], true);
                    changed = true;
                }
            }
        }
        // emit: walk both texts along the anchors
        List<Run> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] p : anchors) {
            if (!ma.get(p[0])) {
                add(out, Run.Op.DELETE, a.substring(i, p[0]));
                add(out, Run.Op.INSERT, b.substring(j, p[1]));
                add(out, Run.Op.EQUAL, String.valueOf(a.charAt(p[0])));
                i = p[0] + 1;
                j = p[1] + 1;
            }
        }
        add(out, Run.Op.DELETE, a.substring(i));
        add(out, Run.Op.INSERT, b.substring(j));
        return out;
    }

    /** True when the character at {@code k} is unchanged but sits in a word with a changed neighbour, or in a 1–2 character gap. */
    private static boolean near(CharSequence s, List<Boolean> mask, int k) {
        boolean left = k > 0 && mask.get(k - 1);
        boolean right = k + 1 < s.length() && mask.get(k + 1);
        if (left && Script.sameWord(s.charAt(k - 1), s.charAt(k)) || right && Script.sameWord(s.charAt(k), s.charAt(k + 1))) {
            return true;
        }
        // a gap of one or two unchanged characters between changes
        boolean l2 = k > 1 && mask.get(k - 2);
        boolean r2 = k + 2 < s.length() && mask.get(k + 2);
        return left && (right || r2) || right && l2;
    }
}
