package org.regkit.ingest;

import java.util.List;

/**
 * Spaces in Japanese text: ASCII whitespace and the ideographic space U+3000, which Java's
 * {@code \s} and {@code strip()} do not both cover, and the rules for joining broken lines.
 */
final class Spaces {
    private Spaces() {
    }

    static boolean isSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c);
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * The cells of a table row written as a line. A row that separates its cells with ideographic
     * spaces keeps single ASCII spaces inside cells (USB メモリ); one without them (text taken from a
     * PDF) is split at every space, except between two Latin words or numbers (Windows 11).
     */
    static List<String> cells(String line) {
        boolean ideographic = line.indexOf('\u3000') >= 0;
        return pieces(line, (before, run, after) -> run.indexOf('\u3000') >= 0 || run.length() > 1
                || !ideographic && !(isLatin(before) && isLatin(after)) ? Gap.SPLIT : Gap.SPACE);
    }

    /** The text with every space removed (how the fidelity bar compares texts). */
    static String removeAll(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * Joins a line to the text before it. PDF extraction breaks lines anywhere, even inside a
     * word, and Japanese puts no space between words; only two Latin letters or digits meeting
     * across the break get a space, so that English words stay apart.
     */
    static void join(StringBuilder text, String line) {
        String next = strip(line);
        if (next.isEmpty()) {
            return;
        }
        if (text.length() > 0 && isLatin(text.charAt(text.length() - 1)) && isLatin(next.charAt(0))) {
            text.append(' ');
        }
        text.append(next);
    }

    /**
     * Removes the spaces PDF extraction leaves inside Japanese text (警 察 本 部 長) while keeping
     * one space between Latin words.
     */
    static String tidy(String s) {
        return pieces(s, (before, run, after) -> isLatin(before) && isLatin(after) ? Gap.SPACE : Gap.DROP).get(0);
    }

    /** What becomes of a run of spaces inside a text: nothing, one space, or the end of a piece. */
    private enum Gap { DROP, SPACE, SPLIT }

    private interface GapRule {
        Gap at(char before, String run, char after);
    }

    /** The stripped text cut into pieces at the runs of space the rule says split, the others dropped or kept as one space. */
    private static List<String> pieces(String text, GapRule rule) {
        String t = strip(text);
        List<String> out = new java.util.ArrayList<>();
        StringBuilder piece = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                piece.append(c);
                continue;
            }
            int end = i;
            while (isSpace(t.charAt(end))) {
                end++; // t is stripped: a run inside it ends before its end
            }
            switch (rule.at(t.charAt(i - 1), t.substring(i, end), t.charAt(end))) {
                case SPACE -> piece.append(' ');
                case SPLIT -> {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                case DROP -> {
                    // Japanese puts no space between words
                }
            }
            i = end - 1;
        }
        out.add(piece.toString());
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
