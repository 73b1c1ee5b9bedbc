package org.regkit.refs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.Citation;
import org.regkit.model.CitationResolver;
import org.regkit.model.Numerals;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;

/**
 * Finds and resolves the references in a regulation's text: absolute ones (第３条第１項第２号,
 * 第３条の２, 第２項 within the same article), relative ones (前条, 次条, 前項, 次項, 同条, 同項, 前号,
 * 前各号, 前２号, 次の各号, 次に掲げる, アに掲げる), and external ones (a law or rule named with its number,
 * 公文書等の管理に関する法律（平成21年法律第66号）第２条第４項, and later mentions of the same title).
 */
public final class References {
    private static final String N = Numerals.NUMBER;
    private static final Pattern EXTERNAL = Pattern.compile(
            "([^、。「」（）\\s\u3000]{2,60}?)（((?:明治|大正|昭和|平成|令和)(?:元|" + N + ")年[^（）]{0,30}?第" + N + "号)）"
                    + "((?:第" + N + "条(?:の" + N + ")*)?(?:第" + N + "項)?(?:第" + N + "号(?:の" + N + ")*)?)");
    /** What every external reference contains; looked for first, as the full pattern is slow to try everywhere. */
    private static final Pattern LAW_NUMBER = Pattern.compile("（(?:明治|大正|昭和|平成|令和)");
    private static final Pattern ABSOLUTE = Pattern.compile(
            "(?:同条|同項)?(第" + N + "条(?:の" + N + ")*)?(第" + N + "項)?(第" + N + "号(?:の" + N + ")*)?([ア-ン](?![ア-ンー]))?");
    private static final Pattern RELATIVE = Pattern.compile(
            "前条|次条|前項|次項|同条|同項|前号|次号|前各号|前(" + N + ")号|前(" + N + ")項|次の各号|当該各号|次に掲げる|([ア-ン])に掲げる");

    private static final String SUPPL = "附則";
    /** Words that number an appendix with 第N号: 様式第１号 is a form, not an item. */
    private static final Pattern APPENDIX_BEFORE = Pattern.compile(".*(?:様式|別表|別記|別紙|付録|別図|書式)$");
    /** What a law or rule is called when it is named by a short title: 法, 令, 同法, 施行令, 省令, 規則 … */
    private static final Pattern LAW_NOUN = Pattern.compile("(?:法律|法|政令|省令|府令|令|規則|規程|訓令|条例|要綱)$");
    /** The pattern of a later mention of each law named, compiled once. */
    private static final Map<String, Pattern> LATER = new java.util.concurrent.ConcurrentHashMap<>();

    /** What may join two references that share their context: 第１号及び第２号, 第２項又は第３項, 第１号から第３号まで. */
    private static final Pattern CONJUNCTION = Pattern.compile("及び|又は|並びに|若しくは|、|から|及び同条|又は同条");

    private final Regulation regulation;
    private final CitationResolver resolver;

    private References(Regulation regulation) {
        this.regulation = regulation;
        this.resolver = new CitationResolver(regulation);
    }

    /** Every reference in the regulation, in document order. */
    public static List<Reference> find(Regulation regulation) {
        return FOUND.computeIfAbsent(regulation, References::scan);
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
            r.in(p, laws, out);
        }
        return List.copyOf(out);
    }

    private void in(Provision p, Set<String> laws, List<Reference> out) {
        String text = p.text();
        if (text.isEmpty()) {
            return;
        }
        boolean[] taken = new boolean[text.length() + 1];
        // external references first: what follows a law's name belongs to that law
        Matcher e = EXTERNAL.matcher(text);
        boolean namesALaw = LAW_NUMBER.matcher(text).find();
        while (namesALaw && e.find()) {
            String title = lawTitle(e.group(1));
            if (title == null) {
                continue;
            }
            laws.add(title);
            out.add(new Reference(p, "external", e.group(), e.start(1), List.of(),
                    title, e.group(2), e.group(3).isEmpty() ? null : e.group(3)));
            mark(taken, e.start(), e.end());
        }
        for (String law : laws) {
            if (!text.contains(law)) {
                continue;
            }
            Matcher later = laterMention(law).matcher(text);
            while (later.find()) {
                if (!taken[later.start()]) {
                    out.add(new Reference(p, "external", later.group(), later.start(), List.of(), law, null, later.group(1)));
                    mark(taken, later.start(), later.end());
                }
            }
        }
        Provision antecedentArticle = null;
        Provision antecedentParagraph = null;
        Provision previousTarget = null;
        String previousLaw = null;
        int previousEnd = -1;
        Matcher rel = RELATIVE.matcher(text);
        Matcher abs = ABSOLUTE.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            if (taken[i] || !mayStartReference(text, i)) {
                continue;
            }
            rel.region(i, text.length());
            if (rel.lookingAt()) {
                List<Provision> targets = relative(p, rel, antecedentArticle, antecedentParagraph);
                // 同条第２項, 前項第一号: the rest of the reference is read inside the article or paragraph named
                Matcher tail = ABSOLUTE.matcher(text).region(rel.end(), text.length());
                if (targets.size() == 1 && (targets.get(0).kind() == ProvisionKind.ARTICLE || targets.get(0).kind() == ProvisionKind.PARAGRAPH)
                        && tail.lookingAt() && tail.group(1) == null && (tail.group(2) != null || tail.group(3) != null)) {
                    List<Provision> sub = within(targets.get(0), tail);
                    out.add(new Reference(p, "relative", rel.group() + tail.group(), i, sub, null, null, null));
                    i = tail.end() - 1;
                } else {
                    out.add(new Reference(p, "relative", rel.group(), i, targets, null, null, null));
                    i = rel.end() - 1;
                }
                if (targets.size() == 1 && targets.get(0).kind() == ProvisionKind.ARTICLE) {
                    antecedentArticle = targets.get(0); // 次条 … 同条: the article just named
                } else if (targets.size() == 1 && targets.get(0).kind() == ProvisionKind.PARAGRAPH) {
                    antecedentParagraph = targets.get(0); // 前項 … 同項: the paragraph just named
                }
                List<Provision> last = out.get(out.size() - 1).targets();
                previousTarget = last.size() == 1 ? last.get(0) : null;
                previousLaw = null;
                previousEnd = i + 1;
                continue;
            }
            abs.region(i, text.length());
            if (abs.lookingAt() && abs.group().length() > 0 && (abs.group(1) != null || abs.group(2) != null || abs.group(3) != null)
                    && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                if (APPENDIX_BEFORE.matcher(text.substring(Math.max(0, i - 2), i)).matches()) {
                    i = abs.end() - 1; // 様式第１号, 別表第１号: an appendix, not an item
                    continue;
                }
                String law = lawNamedBefore(text, i);
                if (law == null && previousLaw != null && CONJUNCTION.matcher(text.substring(previousEnd, i)).matches()) {
                    law = previousLaw; // 法第五条又は第六条: the second is the same law's
                }
                if (law != null) {
                    // 法第二条, 同法第五条, 施行令第三条, 法附則第二条: a provision of another law, named by a short title
                    String cited = i >= SUPPL.length() && text.startsWith(SUPPL, i - SUPPL.length()) ? SUPPL + abs.group() : abs.group();
                    out.add(new Reference(p, "external", cited, i + abs.group().length() - cited.length(), List.of(), law, null, cited));
                    previousLaw = law;
                    previousTarget = null;
                    previousEnd = abs.end();
                    i = abs.end() - 1;
                    continue;
                }
                previousLaw = null;
                // 前条第１号及び第２号: a bare 第２号 joined to the reference before it continues that reference
                boolean continues = abs.group(1) == null && previousTarget != null && previousEnd >= 0
                        && CONJUNCTION.matcher(text.substring(previousEnd, i)).matches();
                boolean suppl = i >= SUPPL.length() && text.startsWith(SUPPL, i - SUPPL.length());
                List<Provision> targets = continues ? within(previousTarget.parent() == null ? previousTarget : previousTarget.parent(), abs)
                        : suppl ? resolved(SUPPL + abs.group()) : absolute(p, abs);
                out.add(suppl ? new Reference(p, "absolute", SUPPL + abs.group(), i - SUPPL.length(), targets, null, null, null)
                        : new Reference(p, "absolute", abs.group(), i, targets, null, null, null));
                if (!targets.isEmpty()) {
                    Provision t = targets.get(0);
                    antecedentArticle = t.kind() == ProvisionKind.ARTICLE ? t : t.ancestor(ProvisionKind.ARTICLE);
                    antecedentParagraph = t.kind() == ProvisionKind.PARAGRAPH ? t : t.ancestor(ProvisionKind.PARAGRAPH);
                    previousTarget = t;
                    previousEnd = abs.end();
                }
                i = abs.end() - 1;
            }
        }
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
        String named = title.endsWith(SUPPL) ? title.substring(0, title.length() - SUPPL.length()) : title; // 法附則第二条
        if (named.isEmpty() || !LAW_NOUN.matcher(named).find() || title.startsWith("本")
                || text.startsWith("この", from - 2) || text.startsWith("当該", from)) {
            return null;
        }
        return named;
    }

    private static boolean isKanji(char c) {
        return c != '第' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether a reference can begin at {@code i}: every one starts with 第, 前, 次, 同 or 当, or is a
     * letter followed by に掲げる. Checked first because trying the patterns at every character of a
     * Civil-Code-size law costs more than everything else validation does.
     */
    private static boolean mayStartReference(String text, int i) {
        char c = text.charAt(i);
        return c == '第' || c == '前' || c == '次' || c == '同' || c == '当'
                || c >= 'ア' && c <= 'ン' && text.startsWith("に掲げる", i + 1);
    }

    /** A later mention of a law already named: its title followed by a provision (公文書等の管理に関する法律第２条). */
    private static Pattern laterMention(String law) {
        return LATER.computeIfAbsent(law, t -> Pattern.compile(Pattern.quote(t)
                + "((?:第" + N + "条(?:の" + N + ")*)(?:第" + N + "項)?(?:第" + N + "号)?)"));
    }

    /**
     * The title of a law named before its number, or null when the words are not a law's name. The
     * pattern already starts them after the previous 、。「」（） so titles with particles
     * (公文書等の管理に関する法律) stay whole.
     */
    private static String lawTitle(String before) {
        return before.matches(".+(?:法律|法|令|規則|規程|訓令|条例|要綱|規約)") ? before : null;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int k = from; k < to && k < taken.length; k++) {
            taken[k] = true;
        }
    }

    /** 第３条第１項…: from the regulation's top when it names an article, else within the citing article or paragraph. */
    private List<Provision> absolute(Provision p, Matcher m) {
        if (m.group(1) != null) {
            // 第２条 means the main provision's article, also inside a 附則 (「改正後の第２条」); 附則第２条 says so
            return resolved(m.group().replaceFirst("^(同条|同項)", ""));
        }
        Provision article = self(p, ProvisionKind.ARTICLE);
        Provision paragraph = self(p, ProvisionKind.PARAGRAPH);
        if (m.group(2) != null) {
            if (article == null) {
                return List.of();
            }
            return within(article, m);
        }
        return paragraph == null ? List.of() : within(paragraph, m);
    }

    /** The provision a citation names from the regulation's top (第２条第１項, 附則第２条), or none. */
    private List<Provision> resolved(String citation) {
        CitationResolver.Resolution r = resolver.resolve(citation);
        return r.resolved() ? List.of(r.provision()) : List.of();
    }

    /** Resolves 第２項第１号 / 第１号ア below a given article or paragraph. */
    private List<Provision> within(Provision base, Matcher m) {
        Provision cur = base;
        if (m.group(2) != null && base.kind() != ProvisionKind.PARAGRAPH) {
            cur = child(cur.kind() == ProvisionKind.ARTICLE ? cur : cur.parent(), ProvisionKind.PARAGRAPH,
                    Integer.toString(Numerals.parse(m.group(2).substring(1, m.group(2).length() - 1))));
        }
        if (cur != null && m.group(3) != null) {
            Provision para = cur.kind() == ProvisionKind.ARTICLE ? onlyParagraphWithItems(cur) : cur;
            String g = m.group(3);
            String num = Citation.parse("第1条" + g).steps().get(1).num();
            cur = para == null ? null : child(para, ProvisionKind.ITEM, num);
        }
        if (cur != null && m.group(4) != null) {
            Provision found = null;
            for (Provision c : cur.children()) {
                if (c.kind().isSubitem() && Citation.normaliseLetter(c.title()).equals(m.group(4))) {
                    found = c;
                }
            }
            cur = found;
        }
        return cur == null ? List.of() : List.of(cur);
    }

    private static Provision onlyParagraphWithItems(Provision article) {
        List<Provision> withItems = article.children(ProvisionKind.PARAGRAPH).stream()
                .filter(x -> !x.children(ProvisionKind.ITEM).isEmpty()).toList();
        return withItems.size() == 1 ? withItems.get(0) : null;
    }

    private List<Provision> relative(Provision p, Matcher m, Provision antecedentArticle, Provision antecedentParagraph) {
        String w = m.group();
        Provision article = self(p, ProvisionKind.ARTICLE);
        Provision paragraph = self(p, ProvisionKind.PARAGRAPH);
        Provision item = p.kind() == ProvisionKind.ITEM ? p : p.ancestor(ProvisionKind.ITEM);
        return switch (w) {
            case "前条" -> article == null ? List.of() : neighbour(articles(article), article, -1);
            case "次条" -> article == null ? List.of() : neighbour(articles(article), article, 1);
            case "前項" -> paragraph == null ? List.of() : neighbour(paragraph.parent().children(ProvisionKind.PARAGRAPH), paragraph, -1);
            case "次項" -> paragraph == null ? List.of() : neighbour(paragraph.parent().children(ProvisionKind.PARAGRAPH), paragraph, 1);
            case "同条" -> antecedentArticle != null ? List.of(antecedentArticle) : article == null ? List.of() : List.of(article);
            case "同項" -> antecedentParagraph != null ? List.of(antecedentParagraph) : paragraph == null ? List.of() : List.of(paragraph);
            case "前号" -> sameList(p, -1, 1);
            case "次号" -> sameList(p, 1, 1);
            case "前各号" -> sameList(p, -1, Integer.MAX_VALUE);
            case "次の各号", "当該各号" -> paragraph == null ? List.of() : paragraph.children(ProvisionKind.ITEM);
            case "次に掲げる" -> p.children().stream().filter(c -> c.kind() == ProvisionKind.ITEM || c.kind().isSubitem()).toList();
            default -> {
                if (m.group(1) != null) {
                    yield sameList(p, -1, Numerals.parse(m.group(1)));
                }
                if (m.group(2) != null) {
                    yield paragraph == null ? List.of() : before(paragraph.parent().children(ProvisionKind.PARAGRAPH), paragraph,
                            Numerals.parse(m.group(2)));
                }
                // アに掲げる: the sibling entry with that letter
                Provision list = p.parent();
                String letter = m.group(3);
                yield list == null ? List.of() : list.children().stream()
                        .filter(c -> c.kind() == p.kind() && Citation.normaliseLetter(c.title()).equals(letter)).toList();
            }
        };
    }

    /** Items before (or after) the citing one in its list: 前号, 前２号, 前各号. */
    private static List<Provision> sameList(Provision p, int direction, int count) {
        Provision entry = p.kind() == ProvisionKind.ITEM || p.kind().isSubitem() ? p : null;
        if (entry == null) {
            return List.of();
        }
        List<Provision> siblings = entry.parent().children(entry.kind());
        return direction < 0 ? before(siblings, entry, count) : neighbour(siblings, entry, 1);
    }

    private static List<Provision> before(List<Provision> siblings, Provision p, int count) {
        int at = siblings.indexOf(p);
        return at < 0 ? List.of() : List.copyOf(siblings.subList(Math.max(0, at - count), at));
    }

    private static List<Provision> neighbour(List<Provision> siblings, Provision p, int step) {
        int at = siblings.indexOf(p) + step;
        return at >= 0 && at < siblings.size() ? List.of(siblings.get(at)) : List.of();
    }

    private List<Provision> articles(Provision article) {
        Provision scope = article.ancestor(ProvisionKind.SUPPL);
        if (scope == null) {
            return regulation.mainArticles();
        }
        List<Provision> out = new ArrayList<>();
        Regulation.articlesUnder(scope, out);
        return out;
    }

    private static Provision self(Provision p, ProvisionKind kind) {
        return p.kind() == kind ? p : p.ancestor(kind);
    }

    private static Provision child(Provision parent, ProvisionKind kind, String num) {
        for (Provision c : parent.children(kind)) {
            if (c.num().equals(num)) {
                return c;
            }
        }
        return null;
    }
}
