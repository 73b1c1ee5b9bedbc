package org.regkit.model;

/** How a regulation writes numbers in article titles, and so how regkit prints its labels. */
public enum NumberStyle {
    /**
     * 第３条, 第10号, 令和７年３月25日 — prefectural rules and most 訓令, written across the page: one digit
     * full-width, two or more half-width, as the regulations themselves write them.
     */
    FULL_WIDTH,
    /** 第三条 — national laws as e-Gov publishes them. */
    KANJI,
    /** 第3条 — some web pages. */
    ASCII;

    /** Writes a number in this style. */
    public String number(int n) {
        return switch (this) {
            case FULL_WIDTH -> n >= 0 && n < 10 ? Numerals.fullWidth(n) : Integer.toString(n);
            case KANJI -> Numerals.kanji(n);
            case ASCII -> Integer.toString(n);
        };
    }

    /** Writes a machine number with branches in this style: 3_2 → ３の２. */
    public String branched(String num) {
        StringBuilder b = new StringBuilder();
        for (String part : num.split("_")) {
            if (b.length() > 0) {
                b.append('の');
            }
            int n = Numerals.plainNumber(part);
            b.append(n >= 0 ? number(n) : part);
        }
        return b.toString();
    }

    /** The style a title such as 第３条, 第三条 or 第3条 is written in. */
    public static NumberStyle of(String title) {
        for (char c : title.toCharArray()) {
            if (c >= '０' && c <= '９') {
                return FULL_WIDTH;
            }
            if (c >= '0' && c <= '9') {
                return ASCII;
            }
            if ("〇一二三四五六七八九十百千".indexOf(c) >= 0) {
                return KANJI;
            }
        }
        return FULL_WIDTH;
    }
}
