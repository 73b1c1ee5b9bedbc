package org.regkit.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.model.NumberStyle;

/**
 * The words of the derived checks' findings, from regkit's catalogue ({@link Messages}): the
 * dossier is a Japanese document and always reads the Japanese; the command line reads its locale's. Dates and periods are written as a reader of
 * that language writes them (令和５年10月18日, １年; 2023-10-18, 1 year).
 */
final class FindingText {
    /** A finding's message in both languages the tool speaks. */
    record Text(String local, String japanese) {
    }

    private FindingText() {
    }

    /** The message {@code key} with {@code args}, in the command line's language and in Japanese. */
    static Text of(String key, Object... args) {
        return new Text(format(Locale.getDefault(), key, args), format(Locale.JAPANESE, key, args));
    }

    static String format(Locale locale, String key, Object... args) {
        boolean japanese = locale.getLanguage().equals("ja");
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = written(args[i], japanese);
        }
        return Messages.in(locale, "finding." + key, written);
    }

    private static Object written(Object arg, boolean japanese) {
        if (arg instanceof Text t) {
            return japanese ? t.japanese() : t.local();
        }
        if (arg instanceof LocalDate d) {
            return japanese ? JapaneseDates.format(d) : d.toString();
        }
        if (arg instanceof Period p) {
            return japanese ? period(p) : englishPeriod(p);
        }
        if (arg instanceof Number n) {
            return japanese ? NumberStyle.FULL_WIDTH.number(n.intValue()) : n.toString();
        }
        return arg == null ? (japanese ? "なし" : "none") : arg.toString();
    }

    /** P1Y → 1 year, P6M → 6 months, P1Y6M → 1 year 6 months */
    private static String englishPeriod(Period p) {
        StringBuilder b = new StringBuilder();
        unit(b, p.getYears(), "year");
        unit(b, p.getMonths(), "month");
        if (p.getDays() != 0 || b.length() == 0) {
            unit(b, p.getDays(), "day");
        }
        return b.toString().strip();
    }

    private static void unit(StringBuilder b, int n, String unit) {
        if (n != 0 || unit.equals("day")) {
            b.append(' ').append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }

    /** P1Y → １年, P6M → ６か月, P1Y6M → １年６か月 */
    private static String period(Period p) {
        StringBuilder b = new StringBuilder();
        if (p.getYears() != 0) {
            b.append(NumberStyle.FULL_WIDTH.number(p.getYears())).append('年');
        }
        if (p.getMonths() != 0) {
            b.append(NumberStyle.FULL_WIDTH.number(p.getMonths())).append("か月");
        }
        if (p.getDays() != 0 || b.length() == 0) {
            b.append(NumberStyle.FULL_WIDTH.number(p.getDays())).append('日');
        }
        return b.toString();
    }
}
