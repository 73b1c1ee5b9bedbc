package org.regkit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits provision text the way e-Gov law XML stores it: into sentences at 。 (not inside
 * brackets or quotes), into a 本文 and a ただし書 (proviso), and a term-and-definition item
 * 「警察庁情報管理システム　警察庁が整備する…」 into two columns.
 */
final class SentenceSplitter {
    /** A term is short and is not itself a clause. */
    private static final int MAX_TERM_LENGTH = 40;

    private SentenceSplitter() {
    }

    /** One sentence and whether it is a proviso (ただし、…). */
    record Sentence(String text, boolean proviso) {
    }

    /**
     * The columns of an item's text: two (term, definition) when the raw text starts with a short
     * term followed by a space, else one.
     */
    static List<String> columns(String raw) {
        String t = Spaces.strip(raw);
        for (int i = 0; i < t.length() && i <= MAX_TERM_LENGTH; i++) {
            char c = t.charAt(i);
            if (c == '、' || c == '。' || c == '「') {
                break;
            }
            if (Spaces.isSpace(c) && i > 0) {
                String term = t.substring(0, i);
                String definition = Spaces.strip(t.substring(i));
                if (!definition.isEmpty() && !isLatin(t.charAt(i - 1), definition.charAt(0))) {
                    return List.of(Spaces.tidy(term), Spaces.tidy(definition));
                }
                break;
            }
        }
        return List.of(Spaces.tidy(t));
    }

    /** The columns of an item set out by regkit: its text cut at each ideographic space. */
    static List<String> columnsAtSpaces(String raw) {
        List<String> out = new ArrayList<>();
        for (String c : Spaces.strip(raw).split("\u3000+")) {
            if (!c.isBlank()) {
                out.add(Spaces.tidy(c));
            }
        }
        return out.isEmpty() ? List.of("") : out;
    }

    private static boolean isLatin(char before, char after) {
        return before < 0x80 && after < 0x80;
    }

    /** The sentences of a text, split at 。 outside brackets; a sentence starting ただし is a proviso. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("（(「『【〔".indexOf(c) >= 0) {
                depth++;
            } else if ("）)」』】〕".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '。' && depth == 0) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            add(out, text.substring(start));
        }
        return out;
    }

    private static void add(List<Sentence> out, String s) {
        if (!s.isEmpty()) {
            out.add(new Sentence(s, s.startsWith("ただし")));
        }
    }
}
