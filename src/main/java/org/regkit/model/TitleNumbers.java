package org.regkit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine number a display title stands for: 第３条の２ → 3_2, 第38条から第84条まで →
 * 38:84, 第十七条及び第十八条 → 17:18, and list titles through {@link ListTitle}: (1) → 1, 一 → 1,
 * ⑶ → 3, (3)の２ → 3_2, ア → 1 (in アイウエオ order), ｂ → 2. Older laws write branches with ノ
 * (第三条ノ二) and ranges with 乃至 or 及; e-Gov titles a range of deleted items 一から三まで, 一～三,
 * 一・二 or 一及び二: all are read.
 */
public final class TitleNumbers {
    private static final String N = Numerals.NUMBER;
    private static final String BRANCHES = "((?:[のノ]" + N + ")*)";
    private static final String RANGE = "(?:から|及び|及|乃至|・|、|～|〜|―|－)";
    private static final Pattern BRACKETS = Pattern.compile("[（()）]");
    /** The counters of 第N… titles; 條 is how laws before the character reform wrote 条 (e-Gov keeps it). */
    private static final String COUNTER = "(?:編|章|節|款|目|条|條)";
    private static final Pattern COUNTED = Pattern.compile("^第(" + N + ")" + COUNTER + BRANCHES
            + "(?:" + RANGE + "第(" + N + ")" + COUNTER + "?" + BRANCHES + "(?:まで)?)?(?:[\\s　].*)?$");
    /** A list title naming a range: 一から三まで, 一～三, 一・二, イ及びロ. */
    private static final Pattern LIST_RANGE = Pattern.compile("^(.+?)" + RANGE + "(.+?)(?:まで)?$");

    private TitleNumbers() {
    }

    /** The number of 第N条/章/節… titles, or null when the title is not of that shape. */
    public static String counted(String title) {
        Matcher m = COUNTED.matcher(title.strip());
        if (!m.matches()) {
            return null;
        }
        String num = Numerals.machineNumber(m.group(1), m.group(2));
        return m.group(3) == null ? num : num + ":" + Numerals.machineNumber(m.group(3), m.group(4));
    }

    /**
     * The number of a list title ((1), 一, ア, ａ, (ii), or a range of them), reading katakana in
     * {@code sequence} and (i)-style titles as roman numerals when {@code roman}; null if unreadable.
     */
    public static String list(String title, KanaSequence sequence, boolean roman) {
        String single = single(title, sequence, roman);
        if (single != null) {
            return single;
        }
        Matcher range = LIST_RANGE.matcher(title.strip());
        if (range.matches()) {
            String from = single(range.group(1), sequence, roman);
            String to = single(range.group(2), sequence, roman);
            return from == null || to == null ? null : from + ":" + to;
        }
        return null;
    }

    /** The number of a list title read without knowing its list: katakana in アイウエオ order. */
    public static String list(String title, KanaSequence sequence) {
        return list(title, sequence, false);
    }

    private static String single(String title, KanaSequence sequence, boolean roman) {
        if (bareNumber(title.strip())) {
            // １, ２ (national laws' sub-items at the third level and below): a title only here,
            // where the whole title is known; at the start of a line it would be a paragraph's number
            return Integer.toString(Numerals.parse(title.strip()));
        }
        ListTitle t = ListTitle.read(title);
        if (t != null && !roman && t.alternative() != null) {
            t = t.alternative(); // (i) is the 9th letter unless the list is one of roman numerals
        }
        if (t == null || t.position(sequence) <= 0) {
            return null;
        }
        return t.machineNumber(sequence);
    }

    private static boolean bareNumber(String t) {
        if (t.isEmpty() || t.length() > 4) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
                return false;
            }
        }
        return true;
    }

    /** True when a list's first title is (i): its titles are roman numerals. */
    public static boolean isRoman(String firstTitle) {
        ListTitle t = ListTitle.read(firstTitle);
        return t != null && t.style() == ListTitle.Style.PAREN_ROMAN && t.number() == 1;
    }

    /**
     * The kana order of a list whose first title is {@code firstTitle} (イ, (ア), or a range such as
     * イ・ロ or イからハまで), or null for non-kana lists.
     */
    public static KanaSequence sequenceOf(String firstTitle) {
        String t = BRACKETS.matcher(firstTitle).replaceAll("");
        return t.length() == 1 || t.length() > 1 && !KanaSequence.isLetter(t.charAt(1)) ? KanaSequence.startingWith(t.charAt(0)) : null;
    }
}
