package org.regkit.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.Citation;
import org.regkit.model.Numerals;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;

/**
 * References by place: 前条, 次条, 前項, 次項, 同条, 同項, 同号, 前号, 次号, 前各号, 前２号, 前２項, 次の各号,
 * 当該各号, 次に掲げる, アに掲げる — in the older katakana style too (次ノ各号, イニ掲グル) — and what
 * follows one of them (前条第４項第２号, 同条第２項, 前項各号, 同号イ). 同条, 同項 and 同号 mean the
 * article, paragraph or item named last, which may be another law's (法第五条第一項及び同条第二項).
 */
final class RelativeReferences {
    private static final String N = Numerals.NUMBER;
    private static final Pattern RELATIVE = Pattern.compile(
            "前条|次条|前項|次項|同条|同項|同号|前号|次号|前各号|前(" + N + ")号|前(" + N + ")項|次[のノ]各号|当該各号"
                    + "|次[にニ]掲(?:げる|ゲル|グル)|([ア-ン])(?:に掲げる|ニ掲(?:ゲル|グル))");
    private static final String EACH = "各号";

    private final Places places;
    private final AbsoluteReferences absolute;

    RelativeReferences(Places places, AbsoluteReferences absolute) {
        this.places = places;
        this.absolute = absolute;
    }

    /** Reads a relative reference starting at {@code i}; returns where it ends, or -1 when none starts there. */
    int at(Scan s, int i) {
        Matcher m = RELATIVE.matcher(s.text).region(i, s.text.length());
        if (!m.lookingAt()) {
            return -1;
        }
        String word = m.group();
        Matcher tail = absolute.tail(s.text, m.end());
        int end = tail != null ? tail.end() : m.end();
        if (word.equals("同号") && end < s.text.length() && isLetterAfter(s.text, end)) {
            end++; // 同号イ
        }
        if (word.equals("同号") && s.tableRowNamedLast()) {
            return end; // 別表第三第一号…（同号８に掲げる物を除く。）: the same row of the table
        }
        boolean each = s.text.startsWith(EACH, end) && !word.contains(EACH);
        end += each ? EACH.length() : 0;
        String words = s.text.substring(i, end);
        String otherLaw = s.lawNamedLast(word);
        if (otherLaw != null) {
            s.other(ReferenceKind.EXTERNAL, words, i, otherLaw, null, words); // 法第五条第一項及び同条第二項
            return end;
        }
        if (m.group(3) != null) {
            Scan.Named joined = s.joined(i);
            if (joined == null) {
                joined = s.adjacent(i);
            }
            if (joined != null && joined.law() != null) {
                s.other(ReferenceKind.EXTERNAL, words, i, joined.law(), null, words); // 法第十条第一号イ又はロに掲げる
                return end;
            }
        }
        List<Provision> targets = targets(s, m, i);
        if (tail != null && targets.size() == 1 && (targets.get(0).kind() == ProvisionKind.ARTICLE
                || targets.get(0).kind() == ProvisionKind.PARAGRAPH)) {
            // 同条第２項, 前項第一号: the rest is read inside the article or paragraph named
            targets = AbsoluteReferences.within(places, targets.get(0), tail);
        }
        if (word.equals("同号") && words.length() > 2 && !words.endsWith(EACH) && targets.size() == 1) {
            Provision sub = Places.subitem(targets.get(0), String.valueOf(words.charAt(2)));
            targets = sub == null ? List.of() : List.of(sub);
        }
        s.internal(ReferenceKind.RELATIVE, words, i, each ? items(targets) : targets);
        return end;
    }

    private static boolean isLetterAfter(String text, int at) {
        char c = text.charAt(at);
        return c >= 'ア' && c <= 'ン' && (at + 1 >= text.length() || text.charAt(at + 1) < 'ア' || text.charAt(at + 1) > 'ン');
    }

    private List<Provision> targets(Scan s, Matcher m, int at) {
        Provision p = s.source;
        String w = m.group();
        Provision article = Places.self(p, ProvisionKind.ARTICLE);
        Provision paragraph = Places.self(p, ProvisionKind.PARAGRAPH);
        if (m.group(1) != null) {
            return items(p, -1, Numerals.parse(m.group(1)));
        }
        if (m.group(2) != null) {
            return paragraph == null ? List.of() : Places.before(places.paragraphsAround(paragraph), paragraph,
                    Numerals.parse(m.group(2)));
        }
        if (m.group(3) != null) {
            return lettered(s, p, m.group(3), at);
        }
        return switch (w) {
            case "前条" -> article == null ? List.of() : Places.neighbour(places.articlesBeside(article), article, -1);
            case "次条" -> article == null ? List.of() : Places.neighbour(places.articlesBeside(article), article, 1);
            case "前項" -> paragraph == null ? List.of() : Places.neighbour(places.paragraphsAround(paragraph), paragraph, -1);
            case "次項" -> paragraph == null ? List.of() : Places.neighbour(places.paragraphsAround(paragraph), paragraph, 1);
            case "同条" -> s.article != null ? List.of(s.article) : article == null ? List.of() : List.of(article);
            case "同項" -> s.paragraph != null ? List.of(s.paragraph) : paragraph == null ? List.of() : List.of(paragraph);
            case "同号" -> s.item != null ? List.of(s.item) : self(p, ProvisionKind.ITEM);
            case "前号" -> items(p, -1, 1);
            case "次号" -> items(p, 1, 1);
            case "前各号" -> items(p, -1, Integer.MAX_VALUE);
            case "当該各号" -> s.items != null ? s.items : paragraph == null ? List.of() : paragraph.children(ProvisionKind.ITEM);
            default -> w.startsWith("次") && w.contains(EACH)
                    ? (paragraph == null ? List.of() : paragraph.children(ProvisionKind.ITEM))
                    : p.children().stream().filter(c -> c.kind() == ProvisionKind.ITEM || c.kind().isSubitem()).toList(); // 次に掲げる
        };
    }

    private static List<Provision> self(Provision p, ProvisionKind kind) {
        Provision s = Places.self(p, kind);
        return s == null ? List.of() : List.of(s);
    }

    /** 前項各号, 同条各号: the items of the paragraph, or of the article's paragraphs. */
    private static List<Provision> items(List<Provision> targets) {
        List<Provision> out = new ArrayList<>();
        for (Provision t : targets) {
            for (Provision p : t.kind() == ProvisionKind.ARTICLE ? t.children(ProvisionKind.PARAGRAPH) : List.of(t)) {
                out.addAll(p.children(ProvisionKind.ITEM));
            }
        }
        return out;
    }

    /**
     * アに掲げる, ロに掲げる: right after an item (前号イに掲げる), that item's sub-item; after a lettered
     * reference it joins (第一号イ又はロに掲げる), a sibling of that one; else the entry printed with that
     * letter nearest the citing provision — a sibling, one of its own sub-items, or a sibling of an
     * enclosing entry.
     */
    private static List<Provision> lettered(Scan s, Provision p, String letter, int at) {
        Scan.Named adjacent = s.adjacent(at);
        if (adjacent != null && adjacent.target() != null) {
            Provision own = printed(adjacent.target().children(), letter);
            if (own != null) {
                return List.of(own);
            }
        }
        Scan.Named joined = s.joined(at);
        if (joined != null && joined.target() != null && joined.target().parent() != null
                && (joined.target().kind() == ProvisionKind.ITEM || joined.target().kind().isSubitem())) {
            Provision sibling = printed(joined.target().parent().children(joined.target().kind()), letter);
            if (sibling != null) {
                return List.of(sibling);
            }
        }
        for (Provision entry = p; entry != null && (entry.kind() == ProvisionKind.ITEM || entry.kind().isSubitem()
                || entry == p); entry = entry.parent()) {
            Provision sibling = entry.parent() == null ? null : printed(entry.parent().children(entry.kind()), letter);
            if (sibling != null) {
                return List.of(sibling);
            }
            Provision own = printed(entry.children(), letter);
            if (own != null) {
                return List.of(own);
            }
        }
        return List.of();
    }

    /** The item or sub-item of {@code list} printed with {@code letter}, or null. */
    private static Provision printed(List<Provision> list, String letter) {
        for (Provision c : list) {
            if ((c.kind() == ProvisionKind.ITEM || c.kind().isSubitem()) && Citation.normaliseLetter(c.title()).equals(letter)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Items before (or after) the one the citing provision is or lies in: 前号, 前２号, 前各号, 次号. A
     * sub-item's 前号 is the item before its own, since 号 names items, not their sub-items.
     */
    private static List<Provision> items(Provision p, int direction, int count) {
        Provision item = Places.self(p, ProvisionKind.ITEM);
        if (item == null || item.parent() == null) {
            return List.of();
        }
        List<Provision> siblings = item.parent().children(ProvisionKind.ITEM);
        return direction < 0 ? Places.before(siblings, item, count) : Places.neighbour(siblings, item, 1);
    }
}
