package org.regkit.model;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.l10n.Messages;

/**
 * Japanese era dates (令和６年５月30日, 平成元年, 令和七年四月一日) to and from ISO dates, on top of
 * {@link JapaneseDate} and {@link JapaneseEra} so that no era table is written by hand.
 */
public final class JapaneseDates {
    /**
     * The eras' Japanese names as one regex alternation, capturing nothing: {@code (?:明治|大正|…|令和)},
     * built from {@link JapaneseEra} so that a new era needs no edit here.
     */
    public static final String ERA_PATTERN = eraPattern();
    /** An era date anywhere in a text; group 1 era, 2 year (元 = 1), 3 month, 4 day. */
    public static final Pattern DATE = Pattern.compile(
            "(" + ERA_PATTERN + ")[\\s　]*(元|[0-9０-９〇一二三四五六七八九十]+)[\\s　]*年[\\s　]*"
                    + "([0-9０-９一二三四五六七八九十]+)[\\s　]*月[\\s　]*([0-9０-９〇一二三四五六七八九十]+)[\\s　]*日");
    /** An era year, as in a rule's number (平成23年, 令和元年); group 1 era, 2 year. */
    public static final Pattern YEAR = Pattern.compile("(" + ERA_PATTERN + ")(元|[0-9０-９〇一二三四五六七八九十]+)年");

    /** The first day JapaneseDate accepts: Japan took the Gregorian calendar on Meiji 6-01-01. */
    private static final LocalDate GREGORIAN_ADOPTED = LocalDate.of(1873, 1, 1);
    private static final int MEIJI_FIRST_YEAR = 1868;

    private JapaneseDates() {
    }

    private static String eraPattern() {
        StringBuilder b = new StringBuilder("(?:");
        for (JapaneseEra e : JapaneseEra.values()) {
            b.append(b.length() > 3 ? "|" : "").append(e.getDisplayName(TextStyle.FULL, Locale.JAPAN));
        }
        return b.append(')').toString();
    }

    /** The ISO date of the first era date in {@code text}, or null when there is none or no such day exists. */
    public static LocalDate find(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? day(m) : null;
    }

    /** The date of a whole string that is an era date, or null (also for 令和７年13月１日, which no calendar has). */
    public static LocalDate parseExact(String text) {
        Matcher m = DATE.matcher(text.strip());
        return m.matches() ? day(m) : null;
    }

    private static LocalDate day(Matcher m) {
        try {
            return toIso(m.group(1), year(m.group(2)), Numerals.parse(m.group(3)), Numerals.parse(m.group(4)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** 元 → 1, else the number. */
    public static int year(String text) {
        return "元".equals(text) ? 1 : Numerals.parse(text);
    }

    /** The era whose Japanese name is {@code name} (令和 → REIWA). */
    public static JapaneseEra era(String name) {
        for (JapaneseEra e : JapaneseEra.values()) {
            if (e.getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(Messages.text("date.unknown-era", name));
    }

    /** The era e-Gov spells {@code name} (Reiwa, Heisei …), or {@code otherwise} when none is. */
    public static JapaneseEra egovEra(String name, JapaneseEra otherwise) {
        for (JapaneseEra e : JapaneseEra.values()) {
            if (e.toString().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return otherwise;
    }

    /** The e-Gov spelling of an era (Reiwa, Heisei …) from its Japanese name. */
    public static String egovEra(String japaneseName) {
        String s = era(japaneseName).toString();
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * The promulgation day a {@code Law} element's attributes give (Era, Year, PromulgateMonth,
     * PromulgateDay), or null when one is missing or the day does not exist.
     */
    public static LocalDate promulgation(org.w3c.dom.Element law) {
        JapaneseEra era = egovEra(law.getAttribute("Era"), null);
        try {
            if (era == null || law.getAttribute("PromulgateMonth").isEmpty() || law.getAttribute("PromulgateDay").isEmpty()) {
                return null;
            }
            return LocalDate.from(JapaneseDate.of(era, Integer.parseInt(law.getAttribute("Year")),
                    Integer.parseInt(law.getAttribute("PromulgateMonth")), Integer.parseInt(law.getAttribute("PromulgateDay"))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The ISO date of an era date; throws DateTimeException when no such day exists. */
    public static LocalDate toIso(String era, int year, int month, int day) {
        return LocalDate.from(JapaneseDate.of(era(era), year, month, day));
    }

    /** 2025-04-01 → 令和７年４月１日 (full-width digits, 元年 for year 1). */
    /** {@code date} for the command line's reader: 令和７年３月31日 in a Japanese locale, 2025-03-31 otherwise. */
    public static String forReader(LocalDate date) {
        return org.regkit.l10n.Messages.japaneseLocale() ? format(date, NumberStyle.FULL_WIDTH) : date.toString();
    }

    public static String format(LocalDate date) {
        return format(date, NumberStyle.FULL_WIDTH);
    }

    /** The same in a regulation's number style: 2003-03-26 → 平成十五年三月二十六日 for a national law. */
    public static String format(LocalDate date, NumberStyle style) {
        String year;
        if (!date.isBefore(GREGORIAN_ADOPTED)) {
            JapaneseDate jd = JapaneseDate.from(date);
            int y = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
            year = jd.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (y == 1 ? "元" : style.number(y));
        } else if (date.getYear() >= MEIJI_FIRST_YEAR) {
            // Meiji 1 to 5 used the old calendar, which JapaneseDate refuses; e-Gov still records such days
            int y = date.getYear() - MEIJI_FIRST_YEAR + 1;
            year = "明治" + (y == 1 ? "元" : style.number(y));
        } else {
            year = "西暦" + style.number(date.getYear()); // no era regkit knows: a date in data, written as it is
        }
        return year + "年" + style.number(date.getMonthValue()) + "月" + style.number(date.getDayOfMonth()) + "日";
    }

    /** Parses ISO (2025-04-01) or an era date (令和７年４月１日). */
    public static LocalDate parseAny(String text) {
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(t);
        }
        LocalDate d = parseExact(t);
        if (d == null) {
            throw new IllegalArgumentException(Messages.text("date.unreadable", text));
        }
        return d;
    }
}
