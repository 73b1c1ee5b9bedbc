package org.regkit.amend;

import org.regkit.model.NumberStyle;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionId;
import org.regkit.model.ProvisionKind;

/**
 * Numbers and provision names as an amending rule writes them. 例規 style writes numbers of one
 * digit full-width and of two or more half-width (第５条, 第12号, 次の１号); national style in kanji
 * (第五条, 第十二号, 次の一号).
 */
final class Drafting {
    private final NumberStyle style;

    Drafting(NumberStyle style) {
        this.style = style == NumberStyle.KANJI ? NumberStyle.KANJI : NumberStyle.FULL_WIDTH;
    }

    NumberStyle style() {
        return style;
    }

    /** 5 → ５, 12 → 12 (例規); 12 → 十二 (national). */
    String number(int n) {
        if (style == NumberStyle.KANJI) {
            return Numerals.kanji(n);
        }
        return n < 10 ? Numerals.fullWidth(n) : Integer.toString(n);
    }

    /** 2025-03-25 → 令和７年３月25日 (令和七年三月二十五日 in national style). */
    String date(java.time.LocalDate day) {
        java.time.chrono.JapaneseDate jd = java.time.chrono.JapaneseDate.from(day);
        int year = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return jd.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN)
                + (year == 1 ? "元" : number(year)) + "年" + number(day.getMonthValue()) + "月" + number(day.getDayOfMonth()) + "日";
    }

    /** 3_2 → ３の２. */
    String branched(String num) {
        StringBuilder b = new StringBuilder();
        for (String part : num.split("_")) {
            b.append(b.length() == 0 ? "" : "の").append(Numerals.plainNumber(part) >= 0 ? number(Numerals.plainNumber(part)) : part);
        }
        return b.toString();
    }

    /** 3_2 with 条 → 第３条の２. */
    String counted(String num, String counter) {
        int us = num.indexOf('_');
        return us < 0 ? "第" + branched(num) + counter
                : "第" + branched(num.substring(0, us)) + counter + "の" + branched(num.substring(us + 1));
    }

    /** One step as written: 第３条, 第１項, 第８号, 附則, or a sub-item's own title (ア). */
    String step(ProvisionId.Step s, String subitemTitle) {
        return switch (s.kind()) {
            case SUPPL -> "附則";
            case ARTICLE, PARAGRAPH, ITEM, PART, CHAPTER, SECTION, SUBSECTION, DIVISION -> counted(s.num(), s.kind().counter());
            default -> subitemTitle;
        };
    }

    /** 次の１条, 次の２号; for sub-items, which have no counter, 次のように. */
    String counting(ProvisionKind kind, int count) {
        return kind.counter().isEmpty() ? "次のように" : "次の" + number(count) + kind.counter();
    }

    /** The name a 章 節 … title has in an amendment: 章名, 節名. */
    static String titleName(ProvisionKind kind) {
        return kind.counter() + "名";
    }
}
