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
        List<String> out = new java.util.ArrayList<>();
        String t = strip(line);
        boolean ideographic = t.indexOf('\u3000') >= 0;
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                cell.append(c);
                continue;
            }
            int end = i;
            while (end < t.length() && isSpace(t.charAt(end))) {
                end++;
            }
            String run = t.substring(i, end);
            boolean separates = run.indexOf('\u3000') >= 0 || run.length() > 1
                    || !ideographic && !(isLatin(t.charAt(i - 1)) && isLatin(t.charAt(end)));
            if (!separates) {
                cell.append(' ');
            } else {
                out.add(cell.toString());
                cell.setLength(0);
            }
            i = end - 1;
        }
        out.add(cell.toString());
        return out;
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
        String t = strip(s);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
                continue;
            }
            int j = i;
            while (j < t.length() && isSpace(t.charAt(j))) {
                j++;
            }
            if (b.length() > 0 && j < t.length() && isLatin(b.charAt(b.length() - 1)) && isLatin(t.charAt(j))) {
                b.append(' ');
            }
            i = j - 1;
        }
        return b.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
