package org.regkit.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.KanaSequence;
import org.regkit.model.Numerals;

/**
 * The title that opens an item or sub-item line — (1), 一, ア, (ア), ａ, (ａ), （一）, ⑴ — with
 * the text after it. Which level a style stands for is not fixed: a 訓令 numbers items (1) and
 * sub-items ア, a national law items 一 and sub-items イ then (1), so the recogniser assigns levels
 * in the order styles appear.
 */
record ListMarker(Style style, String title, int number, char letter, String branches, String rest) {

    /** A way of writing list numbers. */
    enum Style {
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
        /** (i) (ii) (iii): national laws' third sub-item level. */
        PAREN_ROMAN
    }

    private static final String SP = "[\\s\u3000]+";
    private static final String BRANCH = "((?:の[0-9０-９一二三四五六七八九十]+)*)";
    private static final Pattern PAREN_NUMBER = Pattern.compile("^([（(]([0-9０-９]{1,3})[)）])" + BRANCH + SP + "(.+)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\u2474-\u2487])" + BRANCH + SP + "(.+)$");
    private static final Pattern KANJI = Pattern.compile("^([一二三四五六七八九十百]+)" + BRANCH + SP + "(.+)$");
    private static final Pattern KATAKANA = Pattern.compile("^([ア-ン])" + SP + "(.+)$");
    private static final Pattern PAREN_KATAKANA = Pattern.compile("^([（(]([ア-ン])[)）])" + SP + "(.+)$");
    private static final Pattern LATIN = Pattern.compile("^([a-zａ-ｚ])" + SP + "(.+)$");
    private static final Pattern PAREN_LATIN = Pattern.compile("^([（(]([a-zａ-ｚ])[)）])" + SP + "(.+)$");
    private static final Pattern PAREN_ROMAN = Pattern.compile("^([（(]([ivxlcｉｖｘｌｃ]{1,6})[)）])" + SP + "(.+)$");
    private static final Pattern PAREN_KANJI = Pattern.compile("^([（(]([一二三四五六七八九十]+)[)）])" + SP + "(.+)$");

    /** The marker a stripped line starts with, or null. */
    static ListMarker of(String line) {
        Matcher m;
        if ((m = PAREN_NUMBER.matcher(line)).matches()) {
            return new ListMarker(Style.PAREN_NUMBER, m.group(1) + m.group(3), Numerals.parse(m.group(2)), ' ', m.group(3), m.group(4));
        }
        if ((m = CIRCLED.matcher(line)).matches()) {
            return new ListMarker(Style.PAREN_NUMBER, m.group(1) + m.group(2), m.group(1).charAt(0) - 0x2473, ' ', m.group(2), m.group(3));
        }
        if ((m = KANJI.matcher(line)).matches()) {
            return new ListMarker(Style.KANJI_NUMBER, m.group(1) + m.group(2), Numerals.parse(m.group(1)), ' ', m.group(2), m.group(3));
        }
        if ((m = PAREN_KATAKANA.matcher(line)).matches()) {
            return new ListMarker(Style.PAREN_KATAKANA, m.group(1), 0, m.group(2).charAt(0), "", m.group(3));
        }
        if ((m = KATAKANA.matcher(line)).matches() && KanaSequence.isLetter(m.group(1).charAt(0))) {
            return new ListMarker(Style.KATAKANA, m.group(1), 0, m.group(1).charAt(0), "", m.group(2));
        }
        if ((m = PAREN_ROMAN.matcher(line)).matches() && Numerals.roman(m.group(2)) > 0) {
            return new ListMarker(Style.PAREN_ROMAN, m.group(1), Numerals.roman(m.group(2)), ' ', "", m.group(3));
        }
        if ((m = PAREN_LATIN.matcher(line)).matches()) {
            return new ListMarker(Style.PAREN_LATIN, m.group(1), latin(m.group(2).charAt(0)), ' ', "", m.group(3));
        }
        if ((m = LATIN.matcher(line)).matches()) {
            return new ListMarker(Style.LATIN, m.group(1), latin(m.group(1).charAt(0)), ' ', "", m.group(2));
        }
        if ((m = PAREN_KANJI.matcher(line)).matches()) {
            return new ListMarker(Style.PAREN_KANJI, m.group(1), Numerals.parse(m.group(2)), ' ', "", m.group(3));
        }
        return null;
    }

    /**
     * The other way to read this marker, or null: (i), (v), (x) are roman numerals or the 9th, 22nd,
     * 24th Latin letters, and only the list they continue can tell.
     */
    ListMarker alternative() {
        if (style == Style.PAREN_ROMAN && title.length() == 3) {
            return new ListMarker(Style.PAREN_LATIN, title, latin(title.charAt(1)), ' ', "", rest);
        }
        return null;
    }

    private static int latin(char c) {
        return c >= 'ａ' ? c - 'ａ' + 1 : c - 'a' + 1;
    }

    /** The 1-based position in the list, reading katakana in the given order. */
    int position(KanaSequence sequence) {
        if (style == Style.KATAKANA || style == Style.PAREN_KATAKANA) {
            return sequence == null ? 0 : sequence.position(letter);
        }
        return number;
    }

    /** The machine number: the position, plus branches (の２ → _2). */
    String machineNumber(KanaSequence sequence) {
        StringBuilder b = new StringBuilder(Integer.toString(position(sequence)));
        if (!branches.isEmpty()) {
            for (String part : branches.substring(1).split("の")) {
                b.append('_').append(Numerals.parse(part));
            }
        }
        return b.toString();
    }

    /** True when this marker can open a new list level (it is the first of its sequence). */
    boolean opensList() {
        if (!branches.isEmpty()) {
            return false;
        }
        if (style == Style.KATAKANA || style == Style.PAREN_KATAKANA) {
            return KanaSequence.startingWith(letter) != null;
        }
        return number == 1;
    }
}
