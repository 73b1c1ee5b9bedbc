package org.regkit.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.CitationResolver;
import org.regkit.model.Numerals;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;

/**
 * References by number: 第３条第１項第２号ア from the regulation's top, 第２項 or 第３号 within the
 * citing article or paragraph, 附則第２条 in a 附則, 第二章第一節 for a grouping, 第五条各号 for the
 * items of an article, a bare 第２号 joined to the reference before it (前条第１号及び第２号). The
 * words before a number can make it another law's (法第二条, 同法第五条, 施行令第三条, 同第二条) or,
 * inside an amending act's 附則, that act's own article.
 */
final class AbsoluteReferences {
    private static final String N = Numerals.NUMBER;
    private static final String BRANCHES = "((?:[のノ]" + N + ")*)";
    /** Groups: 1 article (2 number, 3 branches), 4 paragraph (5 number), 6 item (7 number, 8 branches), 9 letter. */
    private static final Pattern ABSOLUTE = Pattern.compile("(第(" + N + ")条" + BRANCHES + ")?(第(" + N + ")項)?(第(" + N + ")号"
            + BRANCHES + ")?([ア-ン](?![ア-ンー]))?");
    /** A part, chapter, section … (第二章第一節), which groups articles. */
    private static final Pattern GROUPING = Pattern.compile("(?:第" + N + "(?:編|章|節|款|目)(?:[のノ]" + N + ")*)+");
    private static final String SUPPL = "附則";
    private static final String EACH = "各号";
    /** Words that number an appendix with 第N号: 様式第１号 is a form, not an item. */
    private static final Pattern APPENDIX_BEFORE = Pattern.compile(".*(?:様式|別表|別記|別紙|付録|別図|書式)$");
    /** …and words after: 第一号書式, 第二号様式. */
    private static final Pattern APPENDIX_AFTER = Pattern.compile("(?:書式|様式|別表|別記)");
    /** Terms that begin with a number: 第一号法定受託事務, 第二号被保険者 are not items. */
    private static final Pattern TERM_AFTER = Pattern.compile("(?:法定受託事務|被保険者|厚生年金被保険者|研究開発法人)");
    /** What a law or rule is called when it is named by a short title: 法, 令, 同法, 施行令, 省令, 規則 … */
    private static final Pattern LAW_NOUN = Pattern.compile(
            "(?:法律|法|法典|政令|省令|府令|令|規則|規程|細則|訓令|条例|要綱|条約|協定|議定書|憲法|布告|告示|規約|定款)$");
    /** In an amending act's 附則, the words that make 第N条 the amended law's: 改正後の第２条, 旧第三条. */
    private static final Pattern THIS_LAW_BEFORE = Pattern.compile(".*(?:改正後の|改正前の|[^\\p{IsHan}][新旧]|^[新旧])$");
    /** Katakana that older laws write as particles right after a number: 第一号ニ掲グル, 第三号ノ. */
    private static final String PARTICLES = "ニヲハトヘノ";

    private final Regulation regulation;
    private final Places places;
    private final CitationResolver resolver;
    private final boolean katakanaText;

    AbsoluteReferences(Regulation regulation, Places places, boolean katakanaText) {
        this.regulation = regulation;
        this.places = places;
        this.resolver = new CitationResolver(regulation);
        this.katakanaText = katakanaText;
    }

    /** The paragraph-and-item part after a relative reference (前条第４項第２号), or null when none follows. */
    Matcher tail(String text, int from) {
        Matcher m = match(text, from);
        return m != null && m.group(1) == null && (m.group(4) != null || m.group(6) != null) ? m : null;
    }

    /** The absolute reference at {@code from}, its letter left out when it is not one; null when none is there. */
    private Matcher match(String text, int from) {
        Matcher m = ABSOLUTE.matcher(text).region(from, text.length());
        if (!m.lookingAt() || m.group(1) == null && m.group(4) == null && m.group(6) == null) {
            return null;
        }
        if (m.group(9) != null && !isLetter(m, text)) {
            m.region(from, m.start(9));
            m.lookingAt();
        }
        return m;
    }

    /** Reads an absolute reference starting at {@code i}; returns where it ends, or -1 when none starts there. */
    int at(Scan s, int i) {
        String text = s.text;
        if (i > 0 && Character.isDigit(text.charAt(i - 1))) {
            return -1;
        }
        Matcher grouping = GROUPING.matcher(text).region(i, text.length());
        if (grouping.lookingAt()) {
            return groupingAt(s, i, grouping.group());
        }
        Matcher m = match(text, i);
        if (m == null) {
            return -1;
        }
        int end = m.end();
        if (tableRow(s, i, m)) {
            s.namedTableRow(i, end); // 表第一号: a table's row, and so is a 同号 after it
            return end;
        }
        if (APPENDIX_BEFORE.matcher(text.substring(Math.max(0, i - 2), i)).matches()
                || APPENDIX_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || m.group(1) == null && TERM_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return end; // 様式第１号, 第一号書式: an appendix, not an item; 第二号被保険者: a term
        }
        boolean each = m.group(9) == null && text.startsWith(EACH, end);
        end += each ? EACH.length() : 0;
        String words = text.substring(i, end);
        boolean suppl = text.startsWith(SUPPL, i - SUPPL.length());
        int start = suppl ? i - SUPPL.length() : i;
        String cited = suppl ? SUPPL + words : words;
        String law = otherLaw(s, start);
        if (law != null) {
            s.other(ReferenceKind.EXTERNAL, cited, start, law, null, cited);
            return end;
        }
        Scan.Named joined = s.joined(start);
        List<Provision> targets;
        if (m.group(1) == null && joined != null && joined.target() != null) {
            // 前条第１号及び第２号, 第三条（第二号を除く。）: a bare 第２号 joined to the reference before it
            // is read in that reference's article (第N項) or paragraph (第N号)
            targets = within(places, continued(joined.target(), m), m);
        } else if (suppl) {
            targets = inSuppl(s, m);
        } else if (s.amendingAct && m.group(1) != null && !THIS_LAW_BEFORE.matcher(text.substring(Math.max(0, i - 4), i)).matches()) {
            s.other(ReferenceKind.AMENDING_ACT, words, i, null, null, words); // the amending act's own article
            return end;
        } else {
            targets = absolute(s.source, m, m.group());
        }
        s.internal(ReferenceKind.ABSOLUTE, cited, start, each ? eachItem(targets) : targets);
        return end;
    }

    /**
     * 第三条第一項の表第一号, 同表第二号: a bare 第N号 right after 表 numbers a row of a table, not an item;
     * so does one after a column (中欄第三号), a row's label (加工事業者の項第一号), 備考 (備考第四号: a note)
     * or an appendix (別表第一第十三号), and one that a list of them goes on with (別表第三第一号、第二号及び第八号).
     * (表第百五十九条第三項 in an amending table still names an article.)
     */
    private static boolean tableRow(Scan s, int i, Matcher m) {
        if (m.group(1) != null || m.group(4) != null || m.group(6) == null) {
            return false; // not a bare 第N号
        }
        if (TABLE_BEFORE.matcher(s.text).region(Math.max(0, i - 12), i).find()) {
            return true;
        }
        Scan.Named joined = s.joined(i);
        return joined != null && joined.tableRow(); // 別表第三第一号、第二号: the list goes on in the table
    }

    /** What a table's row or note is numbered after: 表 (表の第三号), a column (中欄), a row's label (…者の項), 備考, 別表第一. */
    private static final Pattern TABLE_BEFORE = Pattern.compile("(?:表の?|欄|の項|備考|別表第" + N + "(?:の" + N + ")*)$");

    /** 第二章, 第三編第一章第二節: a grouping of this law (or of the law named before it). */
    private int groupingAt(Scan s, int i, String words) {
        String law = otherLaw(s, i);
        if (law != null) {
            s.other(ReferenceKind.EXTERNAL, words, i, law, null, words);
        } else if (s.amendingAct) {
            s.other(ReferenceKind.AMENDING_ACT, words, i, null, null, words);
        } else {
            Provision found = grouping(s.source, words);
            s.internal(ReferenceKind.ABSOLUTE, words, i, found != null ? List.of(found) : List.of());
        }
        return i + words.length();
    }

    /**
     * The grouping {@code words} names: from the top (第二編第三章), or else inside the groupings the
     * reference stands in, nearest first (第一節第二款 in an article of 第二編第三章 is that chapter's).
     */
    private Provision grouping(Provision source, String words) {
        CitationResolver.Resolution r = resolver.resolve(words);
        if (r.resolved()) {
            return r.provision();
        }
        List<String> enclosing = new ArrayList<>();
        for (Provision g = source.parent(); g != null; g = g.parent()) {
            Matcher title = GROUPING.matcher(g.title());
            if (g.kind().isGrouping() && title.lookingAt()) {
                enclosing.add(0, title.group());
            }
        }
        for (int k = enclosing.size(); k > 0; k--) {
            r = resolver.resolve(String.join("", enclosing.subList(0, k)) + words);
            if (r.resolved()) {
                return r.provision();
            }
        }
        return null;
    }

    /**
     * The other law a reference at {@code start} belongs to, or null when it is this regulation's:
     * named right before it by a short title (法第二条, 同法第五条, 施行令第三条, 法附則第二条) or by 同
     * (同第二条: the law named last), or the law of the reference it is joined to (法第五条又は第六条,
     * 第二十四条（第十四号を除く。）) or that ends right before it (法律第百五十五号附則第三条).
     */
    private static String otherLaw(Scan s, int start) {
        String law = lawNamedBefore(s.text, start);
        if (law != null) {
            return law;
        }
        if (start > 0 && s.text.charAt(start - 1) == '同' && s.lawMentioned != null
                && (start < 2 || !isKanji(s.text.charAt(start - 2)))) {
            return s.lawMentioned;
        }
        Scan.Named joined = s.joined(start);
        if (joined != null) {
            return joined.law();
        }
        Scan.Named adjacent = s.adjacent(start);
        return adjacent == null ? null : adjacent.law();
    }

    /** Where a continuing 第N項 or 第N号 is read: the previous target's article, or its paragraph. */
    private static Provision continued(Provision previous, Matcher m) {
        Provision article = Places.self(previous, ProvisionKind.ARTICLE);
        if (m.group(4) != null || previous.kind() == ProvisionKind.ARTICLE) {
            return article != null ? article : previous;
        }
        Provision paragraph = Places.self(previous, ProvisionKind.PARAGRAPH);
        return paragraph != null ? paragraph : previous;
    }

    /** 第五条各号, 第二項各号: the items of the article (its paragraph with items) or of the paragraph named. */
    private static List<Provision> eachItem(List<Provision> targets) {
        if (targets.size() != 1) {
            return List.of();
        }
        Provision t = targets.get(0);
        List<Provision> items = new ArrayList<>();
        for (Provision p : t.kind() == ProvisionKind.ARTICLE ? t.children(ProvisionKind.PARAGRAPH) : List.of(t)) {
            items.addAll(p.children(ProvisionKind.ITEM));
        }
        return items;
    }

    /**
     * Whether the katakana after 第N号 is a sub-item's letter (第２号ア) rather than a particle of an
     * older law (第一号ニ掲グル): a letter only after an item, and in katakana text only when a particle
     * would make no sense (another katakana follows it: 第一号ハニ掲グル).
     */
    private boolean isLetter(Matcher m, String text) {
        if (m.group(6) == null) {
            return false;
        }
        char letter = m.group(9).charAt(0);
        if (!katakanaText || PARTICLES.indexOf(letter) < 0) {
            return true;
        }
        int next = m.end(9);
        return next < text.length() && Character.UnicodeBlock.of(text.charAt(next)) == Character.UnicodeBlock.KATAKANA;
    }

    /** 第３条第１項: from the regulation's top; 第２項, 第３号: within the citing article or paragraph. */
    private List<Provision> absolute(Provision p, Matcher m, String words) {
        if (m.group(1) != null) {
            // 第２条 means the main provision's article, also inside an original 附則 (「改正後の第２条」)
            CitationResolver.Resolution r = resolver.resolve(words);
            return r.resolved() ? List.of(r.provision()) : List.of();
        }
        if (m.group(4) != null) {
            return within(places, p, m);
        }
        Provision paragraph = Places.self(p, ProvisionKind.PARAGRAPH);
        if (paragraph == null) {
            return List.of();
        }
        List<Provision> found = within(places, paragraph, m);
        if (found.isEmpty() && m.group(6) != null && paragraph.children(ProvisionKind.ITEM).isEmpty()
                && paragraph.parent() != null && paragraph.parent().kind() == ProvisionKind.ARTICLE) {
            // 第一号 in a paragraph that has no items names the items of the nearest paragraph before it
            // that has them, else of its article's one paragraph that has them (第五十一条第二項
            // 「前項ノ手数料ハ…第一号乃至第三号ノ場合ニ於テハ」: the first paragraph's, though the third has
            // items too); terms that begin the same way (「第一号包括免許人」) were set apart before this
            Provision before = Places.paragraphWithItemsBefore(paragraph);
            return within(places, before != null ? before : paragraph.parent(), m);
        }
        return found;
    }

    /**
     * 附則第２条, 附則第３項: in the 附則 the citing provision is in (an amending act's 附則 speaks of its
     * own), else in the law's original 附則 — the first without an amending law's number.
     */
    private List<Provision> inSuppl(Scan s, Matcher m) {
        Provision scope = Places.self(s.source, ProvisionKind.SUPPL);
        if (scope == null) {
            scope = regulation.suppls().stream().filter(x -> !x.element().hasAttribute("AmendLawNum")).findFirst()
                    .orElse(regulation.suppls().isEmpty() ? null : regulation.suppls().get(0));
        }
        if (scope == null) {
            return List.of();
        }
        if (m.group(1) == null) {
            return within(places, scope, m);
        }
        List<Provision> articles = new ArrayList<>();
        Regulation.articlesUnder(scope, articles);
        Provision article = Places.numbered(articles, Numerals.machineNumber(m.group(2), m.group(3)));
        if (article == null) {
            return List.of();
        }
        return m.group(4) == null && m.group(6) == null ? List.of(article) : within(places, article, m);
    }

    /** Resolves the paragraph, item and letter of {@code m} (第２項第１号ア) below {@code base}. */
    static List<Provision> within(Places places, Provision base, Matcher m) {
        Provision cur = base;
        if (m.group(4) != null) {
            cur = places.paragraph(base, Numerals.parse(m.group(5)));
        }
        if (cur != null && m.group(6) != null) {
            cur = cur.kind() == ProvisionKind.ARTICLE || cur.kind() == ProvisionKind.PARAGRAPH
                    ? Places.item(cur, Numerals.machineNumber(m.group(7), m.group(8))) : null;
        }
        if (cur != null && m.group(9) != null) {
            cur = Places.subitem(cur, m.group(9));
        }
        return cur == null ? List.of() : List.of(cur);
    }

    /**
     * The short title of another law right before a reference (法第二条 in a cabinet order means its
     * parent act, 同法第五条 the law just named, 施行令第三条 a cabinet order), or null when the words
     * before it name no law, or name this one (この規則第３条, 本訓令第２条). The title is the run of
     * kanji ending at the reference, so 警察法 and 施行令 stay whole.
     */
    private static String lawNamedBefore(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 20 && isKanji(text.charAt(from - 1))) {
            from--;
        }
        String title = text.substring(from, at);
        if (title.isEmpty() || !LAW_NOUN.matcher(title).find() || title.startsWith("本")
                || text.startsWith("この", from - 2) || text.startsWith("当該", from)) {
            return null;
        }
        return title;
    }

    static boolean isKanji(char c) {
        return c != '第' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
