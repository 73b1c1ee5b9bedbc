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
    /**
     * A law's number in parentheses after its title (…法律（平成21年法律第66号）, also with …。以下「法」という。)
     * and the provision that follows. Found by its opening parenthesis; the title is read backwards from it.
     */
    /** How a law's title ends: 法律, 法, 令, 規則 …. */
    private static final java.util.List<String> TITLE_ENDINGS = java.util.List.of("法律", "法", "令", "規則", "規程", "訓令", "条例", "要綱", "規約");
    private static final Pattern LAW_TITLE_END = Pattern.compile(".+(?:" + String.join("|", TITLE_ENDINGS) + ")");
    /** The characters a law's title ends with, for a quick look before the patterns are tried. */
    private static final String TITLE_LAST = lastCharacters(TITLE_ENDINGS);
    private static final Pattern NUMBER_IN_PARENTHESES = Pattern.compile(
            "（(" + ERA + "(?:元|" + N + ")年[^（）]{0,30}?第" + N + "号)(?:[。、]?以下[^（）]{0,40}?)?）" + PROVISION);
    /** The longest title read back from a law's number: e-Gov's longest is 154 characters. */
    private static final int LONGEST_TITLE = 160;
    /** Most titles are shorter (93% of e-Gov's); words read back beyond this stop at a provision cited. */
    private static final int USUAL_TITLE = 60;
    /** What ends the words before a law's title. */
    private static final String TITLE_STOPS = "、。「」（）\u3000 \t\n";
    /** A law's kind right before its number: 法律第八十七号, 厚生労働省令第三号. */
    private static final java.util.List<String> KINDS = java.util.List.of("法律", "政令", "勅令", "省令", "府令", "規則", "告示", "訓令", "条例", "布告", "達", "令");
    private static final Pattern KIND_AND_NUMBER = Pattern.compile("(" + String.join("|", KINDS) + ")第" + N + "号");
    /** The characters a law's kind ends with, for a quick look before the pattern is tried. */
    private static final String KIND_LAST = lastCharacters(KINDS);
    /** Kinds that name a law by number even without its year (法律第百五十五号); others (規則第三号) need the year. */
    private static final java.util.List<String> NATIONAL_KINDS = java.util.List.of("法律", "政令", "勅令", "省令", "府令", "告示", "布告");
    /** What may stand before a law's kind: the year (平成十一年), or 同年, and the issuer's name in kanji. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:" + ERA + "(?:元|" + N + ")年|同年)\\p{IsHan}{0,12}$");
    /** An old law number: 明治十四年第六十三号布告. */
    private static final Pattern OLD_PROCLAMATION = Pattern.compile("(?:" + ERA + "(?:元|" + N + ")年|同年)第" + N + "号(?:布告|布達)");
    /** The pattern of a later mention of each law named, compiled once. */
    private static final Map<String, Pattern> LATER = new ConcurrentHashMap<>();

    private ExternalReferences() {
    }

    /** Finds the references of this scan's text to laws named with their number, and to the laws in {@code named}. */
    static void scan(Scan s, Set<String> named) {
        // each pattern is tried only on a text that has what it cannot match without: most provisions
        // cite no other law, and trying every pattern at every character of them was a third of the scan
        if (s.text.indexOf('号') >= 0) {
            if (s.text.indexOf('（') >= 0) {
                withNumber(s, named);
            }
            if (kindBeforeNumber(s.text)) {
                numbersAlone(s);
            }
            if (s.text.contains("布告") || s.text.contains("布達")) {
                proclamations(s);
            }
        }
        if (!named.isEmpty() && mayMentionNamedLaw(s.text)) {
            laterMentions(s, named);
        }
    }

    /**
     * Whether a law title may stand here followed by a provision: every title named ends as
     * {@link #LAW_TITLE_END} says (法律, 法, 令, 規則 …), and a later mention counts only with 第, 附則 or
     * 各号 right after it.
     */
    private static boolean mayMentionNamedLaw(String text) {
        for (int k = 0; k + 1 < text.length(); k++) {
            char next = text.charAt(k + 1);
            if ((next == '第' || next == '附' || next == '各') && TITLE_LAST.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void laterMentions(Scan s, Set<String> named) {
        for (String law : named) {
            if (!s.text.contains(law)) {
                continue;
            }
            Matcher later = laterMention(law).matcher(s.text);
            while (later.find()) {
                if (!s.taken(later.start()) && !later.group(1).isEmpty()) {
                    s.otherAhead(later.group(), later.start(), law, null, later.group(1));
                }
            }
        }
    }

    /** 公文書等の管理に関する法律（平成21年法律第66号）第２条第４項: the title, read back from the parenthesis. */
    private static void withNumber(Scan s, Set<String> named) {
        Matcher e = NUMBER_IN_PARENTHESES.matcher(s.text);
        while (e.find()) {
            int open = e.start();
            int from = open;
            while (from > 0 && open - from < LONGEST_TITLE && TITLE_STOPS.indexOf(s.text.charAt(from - 1)) < 0
                    && !(open - from >= USUAL_TITLE && "条項号".indexOf(s.text.charAt(from - 1)) >= 0)) {
                from--; // beyond a usual title's length, a provision cited (第十九条の規定により…) ends the words before it
            }
            String title = open - from < 2 ? null : lawTitle(s.text.substring(from, open));
            if (title != null) {
                int start = open - title.length();
                named.add(title);
                s.otherAhead(s.text.substring(start, e.end()), start, title, e.group(1),
                        e.group(2).isEmpty() ? null : e.group(2));
            }
        }
    }

    /** 平成十一年法律第八十七号, 厚生労働省令第三号: a law named by its number alone. */
    private static void numbersAlone(Scan s) {
        Matcher m = KIND_AND_NUMBER.matcher(s.text);
        while (m.find()) {
            if (s.taken(m.start())) {
                continue;
            }
            int start = m.start();
            while (start > 0 && AbsoluteReferences.isKanji(s.text.charAt(start - 1)) && m.start() - start < 12) {
                start--; // the issuer: 厚生労働省令
            }
            Matcher year = YEAR_BEFORE.matcher(s.text).region(Math.max(0, m.start() - 30), m.start());
            boolean dated = year.find();
            if (dated) {
                start = Math.min(start, year.start());
            }
            // 同令第三号, 本規則第二号: an item of a law named before, or of this one
            boolean numbered = dated || NATIONAL_KINDS.contains(m.group(1)) && s.text.charAt(start) != '同';
            if (numbered && !s.taken(start) && !s.text.startsWith("この", start - 2) && s.text.charAt(start) != '本') {
                s.otherAhead(s.text.substring(start, m.end()), start, s.text.substring(start, m.end()), null, null);
            }
        }
    }

    /** 明治十四年第六十三号布告: a proclamation by its year and number. */
    private static void proclamations(Scan s) {
        Matcher old = OLD_PROCLAMATION.matcher(s.text);
        while (old.find()) {
            if (!s.taken(old.start())) {
                s.otherAhead(old.group(), old.start(), old.group(), null, null);
            }
        }
    }

    /** The last character of each word, each once. */
    private static String lastCharacters(java.util.List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            char last = w.charAt(w.length() - 1);
            if (out.indexOf(String.valueOf(last)) < 0) {
                out.append(last);
            }
        }
        return out.toString();
    }

    /** Whether some 第 follows a law's kind (法律, 政令, 規則, 告示, 条例, 布告, 達 …): what {@link #KIND_AND_NUMBER} needs. */
    private static boolean kindBeforeNumber(String text) {
        for (int k = text.indexOf('第'); k >= 0; k = text.indexOf('第', k + 1)) {
            if (k > 0 && KIND_LAST.indexOf(text.charAt(k - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A later mention of a law already named: its title followed by a provision (公文書等の管理に関する法律第２条). */
    private static Pattern laterMention(String law) {
        return LATER.computeIfAbsent(law, t -> Pattern.compile(Pattern.quote(t) + PROVISION));
    }

    /**
     * The title of a law named before its number, or null when the words are not a law's name. The
     * words start after the previous 、。「」（）, so titles with particles (公文書等の管理に関する法律)
     * stay whole; what stands before a title in the same clause is cut off at the last {@link #BEFORE_TITLE}
     * (附則第六条中, の規定による改正前の, ニ於テ …), then a leading conjunction (及び, 又は …). A cut
     * that would leave words citing a provision is not made: such words are a title themselves (信用金庫法
     * 第八十九条第一項において準用する銀行法第二十六条第二項に規定する区分等を定める命令).
     */
    static String lawTitle(String before) {
        if (!LAW_TITLE_END.matcher(before).matches()) {
            return null;
        }
        String title = before;
        Matcher boundary = BEFORE_TITLE.matcher(before);
        int cut = -1;
        while (boundary.find()) {
            cut = boundary.end();
        }
        if (cut > 0 && cut < before.length() - 1 && !CITES_PROVISION.matcher(before).region(cut, before.length()).find()) {
            title = before.substring(cut);
        }
        Matcher conjunction = LEADING_CONJUNCTION.matcher(title);
        if (conjunction.lookingAt() && conjunction.end() < title.length() - 1) {
            title = title.substring(conjunction.end());
        }
        return title;
    }

    /** What follows a provision cited before a title: 中 (附則第六条中健康保険法), の規定は, a conjunction not followed by another provision. */
    private static final String AFTER_PROVISION = "(?:中|の規定は|(?:並びに|及び|又は|若しくは)(?![第同附別]))";
    /** The last character of a number, before 条, 項 or 号 (第十六条の二第二項, not 事項). */
    private static final String NUMERAL = "[一二三四五六七八九十百千〇0-9０-９]";
    /**
     * What ends the words before a law's title, though no punctuation does; checked against every
     * law title in e-Gov's data, which none of these cuts but where the guard in {@link #lawTitle}
     * keeps it whole. In older katakana text: 於テハ, 付テハ, ヲ, ハ after a kanji (not 号ハ, a sub-item),
     * ニ於テ, ニシテ, ヨリ, トキハ. After a provision: {@link #AFTER_PROVISION}. And: の規定による改正前の,
     * この法律及び, 施行日前に, にあっては.
     */
    private static final Pattern BEFORE_TITLE = Pattern.compile("[於付]テハ|ヲ|(?<=\\p{IsHan})(?<!号)ハ(?![ァ-ヶー])|ニ於テ(?:準用スル)?|ニシテ|ヨリ|トキハ"
            + "|(?<=" + NUMERAL + "[条項号]|附則)" + AFTER_PROVISION + "|別表第" + N + "(?:[のノ]" + N + ")*中"
            + "|(?:改正|廃止)[前後]の|この(?:法律|政令|省令|府令|規則|命令|訓令|条例)(?:及び|又は|並びに|若しくは)"
            + "|(?:施行日|施行の日|公布の日)(?:前|以後|後)?(?:に(?!お)|から)|にあっては");
    /** A provision cited: words that hold one are not cut to a shorter title. */
    private static final Pattern CITES_PROVISION = Pattern.compile("第" + N + "[条項号]");
    /** A conjunction that no law's title starts with: 及び一般社団法人…, の項及びマンションの建替え…. */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?:の項|の規定)?(?:及び|又は|並びに|若しくは)");
}
