package org.regkit.io;

/**
 * How much of a text is Japanese (kana and kanji) and how much half-width katakana. Shift_JIS
 * (Windows-31J) decodes almost any bytes, so a strict decode alone proves little; what tells a
 * right reading from a wrong one is that real Japanese text has kana or kanji, while UTF-8, Latin-1
 * or EUC-JP read as Shift_JIS turns mostly into half-width katakana.
 */
public record KanaCount(int japanese, int halfWidthKana) {
    /** Counts the characters of {@code text}. */
    public static KanaCount of(String text) {
        int japanese = 0;
        int halfWidthKana = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF61' && c <= '\uFF9F') {
                halfWidthKana++;
            } else if (c >= '\u3040' && c <= '\u30FF' || c >= '\u4E00' && c <= '\u9FFF') {
                japanese++;
            }
        }
        return new KanaCount(japanese, halfWidthKana);
    }
}
