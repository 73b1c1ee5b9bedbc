package org.regkit.amend;

import org.regkit.model.Script;

/**
 * The words a 字句 change quotes. Every occurrence of a quoted string in its scope changes, so the
 * quotation must occur exactly once there; among those that do, the shortest wins, and one that cuts
 * into a word (a run of kanji, katakana or Latin letters) counts as three characters longer, so that
 * 「総務部長」を「警務部長」に改める is chosen over 「総」を「警」に改める, and 「実施」を「毎年度実施」に改める
 * over 「査を」の下に「毎年度」を加える.
 */
final class Quotation {
    private static final int CUT = 3;
    private static final int SHORT = 2;
    private static final int LONGEST = 60;

    private Quotation() {
    }

    /**
     * The quotation for replacing text[a, b) with {@code inserted}, within the provision's own text
     * text[ownStart, ownEnd), or null when no string of it occurs only once.
     */
    static Edit.Words choose(String text, int ownStart, int ownEnd, int a, int b, String inserted) {
        Edit.Words best = null;
        int bestScore = Integer.MAX_VALUE;
        int min = Math.max(1, b - a);
        for (int length = min; length <= Math.min(ownEnd - ownStart, (b - a) + LONGEST) && length < bestScore; length++) {
            // 「A」を「B」に改める (「A」を削る when nothing is inserted and A is just what goes)
            for (int l = Math.max(ownStart, b - length); l <= a && l + length <= ownEnd; l++) {
                int r = l + length;
                if (r < b) {
                    continue;
                }
                String from = text.substring(l, r);
                String to = text.substring(l, a) + inserted + text.substring(b, r);
                int score = score(text, l, r);
                if (score < bestScore && balanced(from) && balanced(to) && once(text, from)) {
                    bestScore = score;
                    best = inserted.isEmpty() && l == a && r == b ? new Edit.Words(from, "", Edit.Mode.DELETE)
                            : new Edit.Words(from, to, Edit.Mode.REPLACE);
                }
            }
            // 「A」の下に「B」を加える: a pure insertion after words that occur once
            if (a == b && a - length >= ownStart) {
                int l = a - length;
                String anchor = text.substring(l, a);
                int score = score(text, l, a);
                if (score < bestScore && balanced(anchor) && balanced(inserted) && once(text, anchor)) {
                    bestScore = score;
                    best = new Edit.Words(anchor, inserted, Edit.Mode.INSERT_AFTER);
                }
            }
        }
        return best;
    }

    private static int score(String text, int l, int r) {
        int s = r - l;
        if (r - l < SHORT) {
            s += SHORT;
        }
        if (l > 0 && cuts(text.charAt(l - 1), text.charAt(l))) {
            s += CUT;
        }
        if (r < text.length() && r > 0 && cuts(text.charAt(r - 1), text.charAt(r))) {
            s += CUT;
        }
        return s;
    }

    /**
     * True when the two characters are of one word: both kanji, both katakana, both Latin letters or
     * digits, or the two halves of a conjunction (及|び, 並|びに, 又|は, 若|しくは).
     */
    private static boolean cuts(char x, char y) {
        if (Script.of(x) == Script.KANJI && y >= '\u3041' && y <= '\u3096') {
            return CONJUNCTIONS.indexOf(x) >= 0; // 及び, 並びに, 又は, 若しくは
        }
        return Script.sameWord(x, y);
    }

    private static final String CONJUNCTIONS = "及並又若";

    /** Quotation marks inside a quotation must pair up, or the 改め文 cannot be read back. */
    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '「') {
                depth++;
            } else if (c == '」' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean once(String text, String s) {
        int first = text.indexOf(s);
        return first >= 0 && text.indexOf(s, first + 1) < 0;
    }
}
