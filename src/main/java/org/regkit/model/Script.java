package org.regkit.model;

/**
 * The script of a character of Japanese text, as far as telling where a word ends needs it: a run of
 * one script (kanji, katakana, Latin letters and digits of either width) is read as one word, while
 * hiragana and punctuation stand between words.
 */
public enum Script {
    /** Hiragana, punctuation, spaces: no script a word is made of. */
    OTHER,
    KANJI,
    KATAKANA,
    LATIN;

    public static Script of(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF' || c == '々') {
            return KANJI;
        }
        if (c >= '\u30A0' && c <= '\u30FF') {
            return KATAKANA;
        }
        if (Character.isLetterOrDigit(c) && (c < 0x80 || c >= '\uFF10' && c <= '\uFF5A')) {
            return LATIN;
        }
        return OTHER;
    }

    /** Whether two characters side by side are of one word (both of the same word-making script). */
    public static boolean sameWord(char x, char y) {
        Script s = of(x);
        return s != OTHER && s == of(y);
    }
}
