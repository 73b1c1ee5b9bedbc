package org.regkit.model;

/**
 * Numbers as Japanese regulations write them: half-width (27), full-width (２７) and kanji, both
 * counted (二十七, 百二) and positional (一〇二, as e-Gov writes amendment law numbers).
 */
public final class Numerals {
    /** A number as Japanese texts write it, for patterns: 3, ３, 三, 二十七, 百二. */
    public static final String NUMBER = "[0-9０-９〇一二三四五六七八九十百千]+";

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /**
     * A machine number's value: 1 to 9 ASCII digits, else -1 ({@code Num=""} in published data, a
     * branch such as 3_2). A loop, not a regular expression: it runs for every provision.
     */
    public static int plainNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    /** True when every character is a digit of any width or a kanji numeral. */
    public static boolean isNumber(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (digitValue(c) < 0 && "十百千万零".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a number written in any of the supported styles. A number beyond what any law
     * counts to (第99999999999条 in a hostile text) is read as {@link Integer#MAX_VALUE}: it names
     * nothing, like any number past the last provision, rather than failing whoever reads it.
     */
    public static int parse(String s) {
        if (!isNumber(s)) {
            throw new NumberFormatException("not a number: " + s);
        }
        if (s.chars().anyMatch(c -> "十百千万".indexOf(c) >= 0)) {
            return (int) Math.min(Integer.MAX_VALUE, parseCounted(s));
        }
        long value = 0;
        for (int i = 0; i < s.length() && value <= Integer.MAX_VALUE; i++) {
            value = value * 10 + digitValue(s.charAt(i));
        }
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static long parseCounted(String s) {
        long total = 0;
        long section = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> 0;
            };
            if (total > Integer.MAX_VALUE) {
                return total; // 万万万…: past anything a law counts
            }
            if (unit == 0) {
                digit = digitValue(c);
            } else if (unit == 10000) {
                total += (section + Math.max(digit, 0)) * 10000;
                section = 0;
                digit = -1;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            }
        }
        return total + section + Math.max(digit, 0);
    }

    /** 0–9 for a digit of any width or a kanji digit, else -1. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        if (c == '零') {
            return 0;
        }
        return KANJI_DIGITS.indexOf(c);
    }

    /** 27 → ２７. */
    public static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('０' + (c - '0')));
        }
        return b.toString();
    }

    /** 27 → 二十七, 102 → 百二, 1000 → 千. */
    public static String kanji(int n) {
        if (n <= 0) {
            return n == 0 ? "〇" : "-" + kanji(-n);
        }
        StringBuilder b = new StringBuilder();
        if (n >= 10000) {
            b.append(kanji(n / 10000)).append('万');
            n %= 10000;
        }
        int[] units = {1000, 100, 10};
        String names = "千百十";
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i];
            if (d > 0) {
                if (d > 1) {
                    b.append(KANJI_DIGITS.charAt(d));
                }
                b.append(names.charAt(i));
            }
            n %= units[i];
        }
        if (n > 0) {
            b.append(KANJI_DIGITS.charAt(n));
        }
        return b.toString();
    }

    /** The value of a lower-case roman numeral (i, iv, xii, or full-width ｉｖ), or 0 when the text is not one. */
    public static int roman(String s) {
        StringBuilder half = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            half.append(c >= 'Ａ' && c <= 'ｚ' ? (char) (c - 0xFEE0) : c); // full-width Latin to ASCII
        }
        String t = half.toString().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty() || !t.matches("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < t.length(); i++) {
            int v = romanDigit(t.charAt(i));
            int next = i + 1 < t.length() ? romanDigit(t.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            case 'l' -> 50;
            case 'c' -> 100;
            case 'd' -> 500;
            case 'm' -> 1000;
            default -> 0;
        };
    }

    /** ３ and の２ → 3_2 (older laws write ノ２). */
    public static String machineNumber(String main, String branches) {
        StringBuilder b = new StringBuilder(Integer.toString(parse(main)));
        if (branches != null && !branches.isEmpty()) {
            for (String part : branches.substring(1).split("[のノ]")) {
                b.append('_').append(parse(part));
            }
        }
        return b.toString();
    }

    /** 3 → ｉｉｉ: the lower-case roman numeral in full-width letters, as e-Gov titles the third sub-item level. */
    public static String romanFullWidth(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"ｍ", "ｃｍ", "ｄ", "ｃｄ", "ｃ", "ｘｃ", "ｌ", "ｘｌ", "ｘ", "ｉｘ", "ｖ", "ｉｖ", "ｉ"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                b.append(digits[i]);
            }
        }
        return b.toString();
    }

    /** Replaces full-width digits by ASCII ones, leaving everything else as it is. */
    public static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
