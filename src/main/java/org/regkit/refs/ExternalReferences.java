package org.regkit.refs;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Numerals;

/**
 * References to other laws that can be found before anything else, since what follows a law's
 * name belongs to that law: a title with its number (公文書等の管理に関する法律（平成21年法律第66号）
 * 第２条第４項), a later mention of a title met before (個人情報の保護に関する法律第60条), and a law
 * number standing alone (平成十一年法律第八十七号の施行の日).
 */
final class ExternalReferences {
    private static final String N = Numerals.NUMBER;
    private static final String ERA = JapaneseDates.ERA_PATTERN;
    /** A provision of a law: 第２条第４項, 第六十条の二第二項第三号. */
    static final String PROVISION = "((?:附則)?(?:第" + N + "条(?:[のノ]" + N + ")*)?(?:第" + N + "項)?(?:第" + N + "号(?:[のノ]" + N + ")*"
            + "(?:[ア-ン](?![ア-ンー]))?)?(?:各号)?)";
    private static final Pattern WITH_NUMBER = Pattern.compile(
            "([^、。「」（）\\s\u3000]{2,60}?)（(" + ERA + "(?:元|" + N + ")年[^（）]{0,30}?第" + N + "号)"
                    + "(?:[。、]?以下[^（）]{0,40}?)?）" + PROVISION);
    /** What every law number starts with; looked for first, as the full pattern is slow to try everywhere. */
    private static final Pattern ERA_START = Pattern.compile(ERA + "(?:元|" + N + ")年");
    /**
     * A law number on its own: 平成十一年法律第八十七号, 昭和二十二年勅令第六十三号, 明治十四年第六十三号布告,
     * and, where a law names another by its number alone, 法律第百五十五号.
     */
    private static final Pattern NUMBER_ALONE = Pattern.compile("(?:" + ERA + "(?:元|" + N + ")年|同年|(?<![\\p{IsHan}]))"
            + "(?:[^、。「」（）\\s\u3000第]{0,12}?(?:法律|政令|勅令|省令|府令|規則|告示|訓令|条例|布告|達|令))?第" + N + "号(?:布告|布達)?");
    /** The pattern of a later mention of each law named, compiled once. */
    private static final Map<String, Pattern> LATER = new ConcurrentHashMap<>();

    private ExternalReferences() {
    }

    /** Finds the references of this scan's text to laws named with their number, and to the laws in {@code named}. */
    static void scan(Scan s, Set<String> named) {
        if (ERA_START.matcher(s.text).find() || s.text.contains("号")) {
            Matcher e = WITH_NUMBER.matcher(s.text);
            while (e.find()) {
                String title = lawTitle(e.group(1));
                if (title != null) {
                    named.add(title);
                    s.other(ReferenceKind.EXTERNAL, e.group().substring(e.start(1) - e.start()), e.start(1), title, e.group(2),
                            e.group(3).isEmpty() ? null : e.group(3));
                    s.take(e.start(), e.start(1));
                }
            }
            Matcher alone = NUMBER_ALONE.matcher(s.text);
            while (alone.find()) {
                if (!s.taken(alone.start()) && isLawNumber(alone.group())) {
                    s.other(ReferenceKind.EXTERNAL, alone.group(), alone.start(), alone.group(), alone.group(), null);
                }
            }
        }
        for (String law : named) {
            if (!s.text.contains(law)) {
                continue;
            }
            Matcher later = laterMention(law).matcher(s.text);
            while (later.find()) {
                if (!s.taken(later.start()) && !later.group(1).isEmpty()) {
                    s.other(ReferenceKind.EXTERNAL, later.group(), later.start(), law, null, later.group(1));
                }
            }
        }
    }

    /** A number with a law's kind (法律第八十七号) or year (昭和二十二年第六十三号布告): not an item's 第八十七号. */
    private static boolean isLawNumber(String words) {
        return !words.startsWith("第") || words.endsWith("布告") || words.endsWith("布達");
    }

    /** A later mention of a law already named: its title followed by a provision (公文書等の管理に関する法律第２条). */
    private static Pattern laterMention(String law) {
        return LATER.computeIfAbsent(law, t -> Pattern.compile(Pattern.quote(t) + PROVISION));
    }

    /**
     * The title of a law named before its number, or null when the words are not a law's name. The
     * pattern already starts them after the previous 、。「」（） so titles with particles
     * (公文書等の管理に関する法律) stay whole.
     */
    private static String lawTitle(String before) {
        if (!before.matches(".+(?:法律|法|令|規則|規程|訓令|条例|要綱|規約)")) {
            return null;
        }
        // in older katakana text nothing stops the words before a title: 場合ニ於テハ不動産登記法
        Matcher particle = KATAKANA_PARTICLE.matcher(before);
        int cut = -1;
        while (particle.find()) {
            cut = particle.end();
        }
        return cut > 0 && cut < before.length() - 1 ? before.substring(cut) : before;
    }

    /** Particles of older katakana text that no law title contains: 於テハ, 付テハ, ヲ, and ハ after a kanji. */
    private static final Pattern KATAKANA_PARTICLE = Pattern.compile("[於付]テハ|ヲ|(?<=\\p{IsHan})ハ");
}
