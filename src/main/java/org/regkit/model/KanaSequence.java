package org.regkit.model;

/**
 * The two orders in which katakana number sub-items: アイウエオ (most prefectural rules) and
 * イロハ (national laws). A list's first letter tells which one it uses.
 */
public enum KanaSequence {
    /** ア, イ, ウ, エ, オ, カ … */
    AIUEO("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"),
    /** イ, ロ, ハ, ニ, ホ, ヘ, ト … */
    IROHA("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス");

    private final String letters;

    KanaSequence(String letters) {
        this.letters = letters;
    }

    /** The sequence a list starting with {@code first} uses, or null when it starts no list. */
    public static KanaSequence startingWith(char first) {
        if (first == 'ア') {
            return AIUEO;
        }
        return first == 'イ' ? IROHA : null;
    }

    /** 1-based position of the letter, or 0 when it is not in this sequence. */
    public int position(char letter) {
        return letters.indexOf(letter) + 1;
    }

    /** The letter at a 1-based position. */
    public char letter(int position) {
        return letters.charAt(position - 1);
    }

    /** True for any katakana letter either sequence uses. */
    public static boolean isLetter(char c) {
        return AIUEO.position(c) > 0 || IROHA.position(c) > 0;
    }
}
