package org.regkit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list title — what an item or sub-item is printed with — in every style Japanese rules use:
 * (1) （１） ⑴, 一, ア or イ (in アイウエオ or イロハ order), (ア), ａ, (a), （一）, (i) （ｉ）, each with
 * branches (の２, ノ二). The one reader of list titles, for the importer (a title opening a line),
 * the validator and citations (a title alone); and its writer, for amendments that must print them.
 *
 * @param style    the way it is written
 * @param text     the title as written, branches included: （２）の２
 * @param number   its number for numbered styles (0 for katakana, whose number depends on the list's order)
 * @param letter   its letter for katakana styles (a space otherwise)
 * @param branches the branch part as written (の２), or ""
 */
public record ListTitle(Style style, String text, int number, char letter, String branches) {

    /** A way of writing list numbers. */
    public enum Style {
        /** (1) （１） ⑴. */
        PAREN_NUMBER,
        /** 一 二 三. */
        KANJI_NUMBER,
        /** ア イ ウ or イ ロ ハ. */
        KATAKANA,
        /** (ア) （イ）. */
        PAREN_KATAKANA,
        /** a b c, ａ ｂ ｃ. */
        LATIN,
        /** (a) （ａ）. */
        PAREN_LATIN,
        /** （一） (二). */
        PAREN_KANJI,
        /** (i) (ii) （ｉｉｉ）: national laws' third sub-item level. */
        PAREN_ROMAN
    }

    /** A title at the start of a line and the text after it. */
    public record Opening(ListTitle title, String rest) {
        /** The other reading of an ambiguous title ((i) as a roman numeral or the 9th letter), or null. */
        public Opening alternative() {
            ListTitle other = title.alternative();
            return other == null ? null : new Opening(other, rest);
        }
    }

    private static final String N = Numerals.NUMBER;
    private static final String BRANCH = "((?:[のノ]" + N + ")*)";
    private static final Pattern PAREN_NUMBER = Pattern.compile("[（(]([0-9０-９]{1,3})[)）]" + BRANCH);
    private static final Pattern CIRCLED = Pattern.compile("([\u2474-\u2487])" + BRANCH);
    private static final Pattern KANJI = Pattern.compile("([〇一二三四五六七八九十百千]+)" + BRANCH);
    private static final Pattern KATAKANA = Pattern.compile("([ア-ン])" + BRANCH);
    private static final Pattern PAREN_KATAKANA = Pattern.compile("[（(]([ア-ン])[)）]" + BRANCH);
    private static final Pattern LATIN = Pattern.compile("([a-zａ-ｚ])" + BRANCH);
    private static final Pattern PAREN_LATIN = Pattern.compile("[（(]([a-zａ-ｚ])[)）]" + BRANCH);
    private static final Pattern PAREN_ROMAN = Pattern.compile("[（(]([ivxlcｉｖｘｌｃ]{1,6})[)）]" + BRANCH);
    private static final Pattern PAREN_KANJI = Pattern.compile("[（(]([一二三四五六七八九十]+)[)）]" + BRANCH);
    /** What separates a title from the text after it on a line. */
    private static final Pattern GAP = Pattern.compile("[\\s\u3000]+");

    /** The list title the whole of {@code title} is, or null. */
    public static ListTitle read(String title) {
        String t = title.strip();
        ListTitle l = at(t, 0);
        return l != null && l.text().length() == t.length() ? l : null;
    }

    /** The title a (stripped) line opens with, followed by a space and text, or null. */
    public static Opening opening(String line) {
        ListTitle l = at(line, 0);
        if (l == null) {
            return null;
        }
        Matcher gap = GAP.matcher(line).region(l.text().length(), line.length());
        if (!gap.lookingAt() || gap.end() == line.length()) {
            return null;
        }
        return new Opening(l, line.substring(gap.end()));
    }

    /** The title starting at {@code from}, the longest of the styles that match there, or null. */
    private static ListTitle at(String s, int from) {
        Matcher m;
        if ((m = PAREN_NUMBER.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.PAREN_NUMBER, m.group(), Numerals.parse(m.group(1)), ' ', m.group(2));
        }
        if ((m = CIRCLED.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.PAREN_NUMBER, m.group(), m.group(1).charAt(0) - 0x2473, ' ', m.group(2));
        }
        if ((m = PAREN_KATAKANA.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.PAREN_KATAKANA, m.group(), 0, m.group(1).charAt(0), m.group(2));
        }
        if ((m = PAREN_ROMAN.matcher(s).region(from, s.length())).lookingAt() && Numerals.roman(m.group(1)) > 0) {
            return new ListTitle(Style.PAREN_ROMAN, m.group(), Numerals.roman(m.group(1)), ' ', m.group(2));
        }
        if ((m = PAREN_LATIN.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.PAREN_LATIN, m.group(), latin(m.group(1).charAt(0)), ' ', m.group(2));
        }
        if ((m = PAREN_KANJI.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.PAREN_KANJI, m.group(), Numerals.parse(m.group(1)), ' ', m.group(2));
        }
        if ((m = KANJI.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.KANJI_NUMBER, m.group(), Numerals.parse(m.group(1)), ' ', m.group(2));
        }
        if ((m = KATAKANA.matcher(s).region(from, s.length())).lookingAt() && KanaSequence.isLetter(m.group(1).charAt(0))) {
            return new ListTitle(Style.KATAKANA, m.group(), 0, m.group(1).charAt(0), m.group(2));
        }
        if ((m = LATIN.matcher(s).region(from, s.length())).lookingAt()) {
            return new ListTitle(Style.LATIN, m.group(), latin(m.group(1).charAt(0)), ' ', m.group(2));
        }
        return null;
    }

    /**
     * The other way to read this title, or null: (i), (v), (x) are roman numerals or the 9th, 22nd,
     * 24th Latin letters, and only the list they continue can tell.
     */
    public ListTitle alternative() {
        String core = text.substring(0, text.length() - branches.length());
        if (style == Style.PAREN_ROMAN && core.length() == 3) {
            return new ListTitle(Style.PAREN_LATIN, text, latin(core.charAt(1)), ' ', branches);
        }
        return null;
    }

    private static int latin(char c) {
        return c >= 'ａ' ? c - 'ａ' + 1 : c - 'a' + 1;
    }

    /** True for the styles written with katakana, whose number depends on the list's kana order. */
    public boolean isKatakana() {
        return style == Style.KATAKANA || style == Style.PAREN_KATAKANA;
    }

    /** The 1-based position in the list, reading katakana in the given order (0 when it has none). */
    public int position(KanaSequence sequence) {
        if (isKatakana()) {
            return (sequence == null ? KanaSequence.AIUEO : sequence).position(letter);
        }
        return number;
    }

    /** The machine number: the position, plus branches (の２ → 3_2). */
    public String machineNumber(KanaSequence sequence) {
        return Numerals.machineNumber(Integer.toString(position(sequence)), branches);
    }

    /** True when this title can open a new list level: it is the first of its sequence, without a branch. */
    public boolean opensList() {
        if (!branches.isEmpty()) {
            return false;
        }
        return isKatakana() ? KanaSequence.startingWith(letter) != null : number == 1;
    }

    /**
     * The title of entry {@code n} in a style, as rules write it: (1) and (12) in 例規 style (one digit
     * full-width, more half-width, as the seed does), 一, ア or イ in the kana order given, (ア), ａ, (a),
     * （一）, （ｉ）.
     */
    public static String write(Style style, int n, KanaSequence sequence, NumberStyle numbers) {
        return switch (style) {
            case PAREN_NUMBER -> "(" + (numbers == NumberStyle.FULL_WIDTH && n >= 10 ? Integer.toString(n) : numbers.number(n)) + ")";
            case KANJI_NUMBER -> Numerals.kanji(n);
            case KATAKANA -> String.valueOf((sequence == null ? KanaSequence.AIUEO : sequence).letter(n));
            case PAREN_KATAKANA -> "(" + (sequence == null ? KanaSequence.AIUEO : sequence).letter(n) + ")";
            case LATIN -> String.valueOf((char) ('ａ' + n - 1));
            case PAREN_LATIN -> "(" + (char) ('a' + n - 1) + ")";
            case PAREN_KANJI -> "（" + Numerals.kanji(n) + "）";
            case PAREN_ROMAN -> "（" + Numerals.romanFullWidth(n) + "）";
        };
    }
}
