package org.regkit.refs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;

/**
 * Finds and resolves the references in a regulation's text, one provision at a time: first those
 * to other laws ({@link ExternalReferences}), since what follows a law's name belongs to that law;
 * then, at every place a reference can start, a relative one ({@link RelativeReferences}: 前条,
 * 同項, 前２号, アに掲げる …) or an absolute one ({@link AbsoluteReferences}: 第３条第１項第２号,
 * 第２項). Words in quotation marks (「第三条」とあるのは) are another text's and are skipped.
 */
public final class References {
    /**
     * What may join two references that share their context: 第１号及び第２号, 第２項又は第３項, 第１号から
     * 第３号まで、第５号, 第２条（第２号を除く。）及び第４条, 第八百七十四条（第四号に係る部分に限る。）（非訟事件の
     * 裁判の告知）、第八百七十五条 (a limit and a caption) — in the older katakana style too (及ビ, 又ハ,
     * 若クハ, 乃至); and an opening parenthesis, since 第二十四条（第十四号を除く。） speaks of that article.
     */
    static final Pattern CONJUNCTION = Pattern.compile("(?:本文|ただし書|但書|前段|後段|柱書|から[ア-ン])?(?:まで)?"
            + "(?:（(?:[^（）]|（[^（）]*）)*）)*"
            + "(?:及び|及ビ|及ヒ|及|又は|又ハ|又|並びに|並ビニ|並ニ|並|竝びに|竝ニ|竝|若しくは|若シクハ|若クハ|若ハ|、|から|乃至|（)");

    private final RelativeReferences relative;
    /** Terms the regulation defines in quotation marks that begin as a reference would: 「第一号包括免許人」. */
    private final List<String> terms;
    private final AbsoluteReferences absolute;

    private References(Regulation regulation) {
        this.terms = termsLikeReferences(regulation);
        Places places = new Places(regulation);
        this.absolute = new AbsoluteReferences(regulation, places, katakanaText(regulation));
        this.relative = new RelativeReferences(places, absolute);
    }

    /** Every reference in the regulation, in document order. */
    public static List<Reference> find(Regulation regulation) {
        // one scan per regulation however many threads ask, while scans of other regulations go on
        synchronized (regulation) {
            List<Reference> found = FOUND.get(regulation);
            if (found == null) {
                found = scan(regulation);
                FOUND.put(regulation, found);
            }
            return found;
        }
    }

    /**
     * Starts finding the references of these regulations on another thread, in this order: a later
     * {@link #find} waits for that work instead of repeating it. A failure there is left for that
     * {@code find} to meet again and report.
     */
    public static void findMeanwhile(Regulation... regulations) {
        Thread t = new Thread(() -> {
            try {
                for (Regulation r : regulations) {
                    find(r);
                }
            } catch (RuntimeException | Error e) {
                // met again by the caller's own find, which reports it (no stack trace from a helper thread)
            }
        }, "references");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The references of each regulation still in use, found once: loading checks them, and render
     * and diff use them again. Weak keys (a Reference does not point back at its Regulation), so a
     * regulation nobody holds can go.
     */
    private static final Map<Regulation, List<Reference>> FOUND = Collections.synchronizedMap(new WeakHashMap<>());

    private static List<Reference> scan(Regulation regulation) {
        References r = new References(regulation);
        List<Reference> out = new ArrayList<>();
        Set<String> laws = new LinkedHashSet<>();
        for (Provision p : regulation.all()) {
            if (!p.text().isEmpty()) {
                out.addAll(r.in(new Scan(p), laws));
            }
        }
        return List.copyOf(out);
    }

    private List<Reference> in(Scan s, Set<String> laws) {
        skipQuotations(s);
        ExternalReferences.scan(s, laws);
        for (int i = 0; i < s.text.length(); i++) {
            if (s.taken(i) || !mayStartReference(s.text, i)) {
                continue;
            }
            s.reach(i);
            String term = termAt(s.text, i);
            if (term != null) {
                i += term.length() - 1; // 第一号包括免許人 is a kind of licensee, not item 1
                continue;
            }
            // the relative forms begin with 前, 次, 同, 当 or a letter, the absolute ones with 第 or a letter
            char c = s.text.charAt(i);
            int end = c == '第' ? -1 : relative.at(s, i);
            if (end < 0 && (c == '第' || isLetter(c))) {
                end = absolute.at(s, i);
            }
            if (end > i) {
                i = end - 1;
            }
        }
        return s.references();
    }

    /**
     * The terms defined in quotation marks that begin with 第 and go on past a reference's end
     * (「第一号包括免許人」, 「第二種電気通信事業者」): where one of them stands in the text, it is the term.
     */
    private static List<String> termsLikeReferences(Regulation regulation) {
        Set<String> out = new LinkedHashSet<>();
        for (Provision p : regulation.all()) {
            String text = p.text();
            for (int at = text.indexOf("「第"); at >= 0; at = text.indexOf("「第", at + 1)) {
                int close = text.indexOf('」', at);
                if (close > at + 2 && close - at <= 41 && TERM.matcher(text).region(at + 1, close).matches()) {
                    out.add(text.substring(at + 1, close));
                }
            }
        }
        return List.copyOf(out);
    }

    /** A term like 第一号包括免許人: a numbered 号, 種 or 類 followed by a noun, not by a reference's own words. */
    private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十百千〇0-9０-９]+(?:号|種|類)[^、。「」（）及又並若のノ若にニ中を若]{2,}");

    private String termAt(String text, int i) {
        for (String t : terms) {
            if (text.startsWith(t, i)) {
                return t;
            }
        }
        return null;
    }

    /** Marks the words inside 「」 (nested ones too) as read: they quote another text. */
    private static void skipQuotations(Scan s) {
        int depth = 0;
        int from = -1;
        for (int i = 0; i < s.text.length(); i++) {
            char c = s.text.charAt(i);
            if (c == '「' && depth++ == 0) {
                from = i;
            } else if (c == '」' && depth > 0 && --depth == 0) {
                s.take(from, i + 1);
            }
        }
    }

    /**
     * Whether a reference can begin at {@code i}: every one starts with 第, 前, 次, 同 or 当, or is a
     * letter followed by に掲げる. Checked first because trying the patterns at every character of a
     * Civil-Code-size law costs more than everything else validation does.
     */
    private static boolean mayStartReference(String text, int i) {
        char c = text.charAt(i);
        return c == '第' || c == '前' || c == '次' || c == '同' || c == '当'
                || isLetter(c) && (text.startsWith("に掲げる", i + 1) || text.startsWith("ニ掲", i + 1));
    }

    /** A katakana letter, as sub-items are numbered (ア, イ …). */
    private static boolean isLetter(char c) {
        return c >= 'ア' && c <= 'ン';
    }

    /**
     * True for a law written in the older style, with katakana where today's laws write hiragana
     * (第一号ニ掲グル者ハ): there a katakana after a number is more often a particle than a sub-item.
     */
    private static boolean katakanaText(Regulation regulation) {
        int hiragana = 0;
        int katakana = 0;
        for (Provision p : regulation.mainArticles().subList(0, Math.min(30, regulation.mainArticles().size()))) {
            for (Provision c : p.children()) {
                for (char ch : c.text().toCharArray()) {
                    Character.UnicodeBlock b = Character.UnicodeBlock.of(ch);
                    hiragana += b == Character.UnicodeBlock.HIRAGANA ? 1 : 0;
                    katakana += b == Character.UnicodeBlock.KATAKANA ? 1 : 0;
                }
            }
        }
        return katakana > hiragana;
    }
}
