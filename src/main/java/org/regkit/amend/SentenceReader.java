package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.l10n.Messages;
import org.regkit.model.KanaSequence;
import org.regkit.model.ListTitle;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionKind;

/**
 * Reads one sentence of 改め文 into edits: what {@link SentenceWriter} writes, and the forms drafters
 * use besides (「第５条第３項を削り、同条第４項を同条第３項とする。」, 「本則中」, 「次の各号」).
 * Provisions named by their own number are read inside the provision named last with 中, or the
 * article or paragraph named last; 同条, 同項 and 同号 name the ones named last.
 */
final class SentenceReader {
    private static final String NUM = "[0-9０-９〇一二三四五六七八九十百千]+";
    private static final Pattern COUNTED = Pattern.compile("第(" + NUM + ")(編|章|節|款|目|条|項|号)((?:の" + NUM + ")*)");
    private static final Pattern COUNT = Pattern.compile("次の(" + NUM + "|各)(条|項|号)|次のように");
    private static final Pattern APPENDIX = Pattern.compile("((?:別表|別記様式|別記|様式)(?:第" + NUM + "(?:号)?(?:の" + NUM + ")*)?)を次のように改め");
    private static final Pattern SHIFT = Pattern.compile("までを(" + NUM + ")(条|項|号)?ずつ繰り(下げ|上げ)る?");

    /** Parts of a provision that 改め文 name before 中. */
    private static final List<String> PARTS = List.of("ただし書", "後段", "前段", "各号列記以外の部分", "柱書", "本文");

    private final KanaSequence kana;
    private String s;
    private int i;
    private Target context;
    private Target lastArticle;
    private Target lastParagraph;
    private Target lastItem;

    /** A sentence that does not read; {@code column} is 0-based in the sentence. */
    static final class Unreadable extends Exception {
        final int column;

        Unreadable(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    SentenceReader(KanaSequence kana) {
        this.kana = kana;
    }

    /** The edits of a sentence (ending with 。); those that set out provisions get their lines later. */
    List<Edit> read(String sentence) throws Unreadable {
        s = sentence.strip();
        i = 0;
        context = null;
        List<Edit> out = new ArrayList<>();
        while (i < s.length() && s.charAt(i) != '。') {
            clause(out);
            if (i < s.length() && s.charAt(i) == '、') {
                i++;
            }
        }
        if (!s.endsWith("。")) {
            throw new Unreadable(s.length(), Messages.text("sentence.period"));
        }
        if (out.isEmpty()) {
            throw new Unreadable(0, Messages.text("sentence.empty"));
        }
        return out;
    }

    private void clause(List<Edit> out) throws Unreadable {
        if (peek("「")) {
            // more words in the scope named last: 「A」を「B」に改め、「C」を削る
            if (context == null || !(out.get(out.size() - 1) instanceof Edit.WordChange w)) {
                throw new Unreadable(i, Messages.text("sentence.quote-without-provision"));
            }
            wordOps(w.target(), w.part(), out);
            return;
        }
        if (take("題名中")) {
            wordOps(null, Edit.Part.TITLE, out);
            return;
        }
        if (take("目次中")) {
            wordOps(null, Edit.Part.CONTENTS, out);
            return;
        }
        Matcher appendix = APPENDIX.matcher(s).region(i, s.length());
        if (appendix.lookingAt()) {
            // 別表第１を次のように改める: the appendix set out anew under the sentence
            i = appendix.end();
            take("る");
            out.add(new Edit.Appendix(appendix.group(1), List.of()));
            return;
        }
        if (take("本則中")) {
            throw new Unreadable(i - 3, Messages.text("sentence.main-provision"));
        }
        Target t = address();
        List<Target> more = new ArrayList<>();
        while (take("及び")) {
            more.add(address()); // 第７条第１項第３号及び第31条第２項第２号中「…」を…: the same words in each
        }
        if (!more.isEmpty()) {
            if (!take("中") || !peek("「")) {
                throw new Unreadable(i, Messages.text("sentence.expected-quote-and"));
            }
            context = more.get(more.size() - 1);
            int words = out.size();
            wordOps(t, Edit.Part.TEXT, out);
            Edit.WordChange w = (Edit.WordChange) out.get(words);
            more.forEach(other -> out.add(new Edit.WordChange(other, Edit.Part.TEXT, w.words())));
            return;
        }
        // the part of a provision the words are in (ただし書中, 後段中, 各号列記以外の部分中): the words are
        // looked for in the whole provision, where they must be found once
        for (String part : PARTS) {
            if (take(part + "中")) {
                context = t;
                wordOps(t, Edit.Part.TEXT, out);
                return;
            }
        }
        if (take("中")) {
            context = t;
            if (peek("「")) {
                wordOps(t, Edit.Part.TEXT, out);
                return;
            }
            Target inner = address();
            tail(inner, out);
            return;
        }
        if (take("の見出し中")) {
            wordOps(t, Edit.Part.CAPTION, out);
            return;
        }
        for (String name : List.of("編名中", "章名中", "節名中", "款名中", "目名中")) {
            if (take("の" + name)) {
                wordOps(t, Edit.Part.TITLE, out);
                return;
            }
        }
        tail(t, out);
    }

    /** What is done to a named provision. */
    private void tail(Target t, List<Edit> out) throws Unreadable {
        int at = i;
        if (take("を削り") || take("を削る")) {
            out.add(new Edit.Remove(t));
        } else if (take("（見出しを含む。）を次のように改め")) {
            take("る");
            out.add(new Edit.Rewrite(t, true, List.of()));
        } else if (take("を次のように改め")) {
            take("る");
            out.add(new Edit.Rewrite(t, false, List.of()));
        } else if (take("の見出しを削り") || take("の見出しを削る")) {
            out.add(new Edit.Caption(t, "", true));
        } else if (take("の見出しを")) {
            String caption = quote();
            expect("に改め");
            take("る");
            out.add(new Edit.Caption(t, caption, true));
        } else if (take("に見出しとして")) {
            String caption = quote();
            if (!take("を付し") && !take("を付する")) {
                throw new Unreadable(i, Messages.text("sentence.expected-attach"));
            }
            out.add(new Edit.Caption(t, caption, false));
        } else if (take("の次に")) {
            out.add(add(t, Edit.Placement.AFTER));
        } else if (take("の前に")) {
            out.add(add(t, Edit.Placement.BEFORE));
        } else if (take("から")) {
            Target last = address();
            Matcher m = SHIFT.matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                throw new Unreadable(i, Messages.text("sentence.expected-shift"));
            }
            i = m.end();
            int by = Numerals.parse(m.group(1));
            out.add(new Edit.Shift(t, last, m.group(3).equals("下げ") ? by : -by));
        } else if (peek("を") && startsAddress(i + 1)) {
            take("を");
            Target to = address();
            if (!take("とし") && !take("とする")) {
                throw new Unreadable(i, Messages.text("sentence.expected-renumber"));
            }
            if (to.kind() != t.kind()) {
                throw new Unreadable(at, Messages.text("sentence.renumber-kind"));
            }
            out.add(new Edit.Renumber(t, to.num()));
        } else if (take("に")) {
            out.add(add(t, Edit.Placement.END_OF));
        } else {
            throw new Unreadable(i, Messages.text("sentence.expected-action"));
        }
    }

    private Edit.Add add(Target t, Edit.Placement placement) throws Unreadable {
        Matcher m = COUNT.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            throw new Unreadable(i, Messages.text("sentence.expected-next"));
        }
        i = m.end();
        if (!take(m.group(2) == null ? "加え" : "を加え")) {
            throw new Unreadable(i, m.group(2) == null ? Messages.text("sentence.expected-add-as-follows") : Messages.text("sentence.expected-add"));
        }
        take("る");
        ProvisionKind kind;
        int count = 0;
        if (m.group(2) != null) {
            kind = ProvisionKind.ofCounter(m.group(2));
            count = m.group(1).equals("各") ? 0 : Numerals.parse(m.group(1));
        } else {
            // 次のように: sub-items, one level below the provision named
            kind = placement == Edit.Placement.END_OF ? below(t.kind()) : t.kind();
            if (kind == null) {
                throw new Unreadable(i, Messages.text("sentence.subitems-under-item"));
            }
        }
        return new Edit.Add(t, placement, kind, count, List.of());
    }

    private static ProvisionKind below(ProvisionKind k) {
        return k == ProvisionKind.ITEM || k.isSubitem() ? k.nextListLevel() : null;
    }

    // ------------------------------------------------------------------ words

    private void wordOps(Target scope, Edit.Part part, List<Edit> out) throws Unreadable {
        List<Edit.Words> words = new ArrayList<>();
        while (true) {
            int quoted = i;
            String from = quote();
            if (from.isEmpty()) {
                throw new Unreadable(quoted, Messages.text("sentence.empty-quote"));
            }
            if (take("を削り") || take("を削る")) {
                words.add(new Edit.Words(from, "", Edit.Mode.DELETE));
            } else if (take("の下に")) {
                String added = quote();
                if (!take("を加え")) {
                    throw new Unreadable(i, Messages.text("sentence.expected-add"));
                }
                take("る");
                words.add(new Edit.Words(from, added, Edit.Mode.INSERT_AFTER));
            } else if (take("を")) {
                String to = quote();
                expect("に");
                words.add(new Edit.Words(from, to, Edit.Mode.REPLACE));
                if (peek("、「")) {
                    // 「A」を「B」に、「C」を「D」に改める: the verb comes once, after the last pair
                    int back = i;
                    i++;
                    if (pairFollows()) {
                        continue;
                    }
                    i = back;
                }
                if (!take("改め")) {
                    throw new Unreadable(i, Messages.text("sentence.expected-amend"));
                }
                take("る");
            } else {
                throw new Unreadable(i, Messages.text("sentence.expected-word-action"));
            }
            if (peek("、「")) {
                i++;
                continue;
            }
            break;
        }
        out.add(new Edit.WordChange(scope, part, words));
    }

    /** Whether the text at the cursor is 「A」を「B」に (another pair of one 改める). */
    private boolean pairFollows() {
        int save = i;
        try {
            quote();
            if (!take("を")) {
                return false;
            }
            quote();
            return peek("に、「") || peek("に改め");
        } catch (Unreadable u) {
            return false;
        } finally {
            i = save;
        }
    }

    /** A quotation 「…」, brackets inside it paired. */
    private String quote() throws Unreadable {
        if (!peek("「")) {
            throw new Unreadable(i, Messages.text("sentence.expected-quotation"));
        }
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '「') {
                depth++;
            } else if (c == '」' && --depth == 0) {
                String q = s.substring(i + 1, k);
                i = k + 1;
                return q;
            }
        }
        throw new Unreadable(i, Messages.text("sentence.unclosed"));
    }

    // ------------------------------------------------------------------ provisions named

    /** A provision's name, resolved against what was named before: 第３条第１項第８号, 同条第２項, 第８号, ア, 附則第２項. */
    private Target address() throws Unreadable {
        int start = i;
        List<org.regkit.model.ProvisionId.Step> steps = new ArrayList<>();
        Target base = null;
        if (take("同条")) {
            base = need(lastArticle, start, "同条");
        } else if (take("同項")) {
            base = need(lastParagraph, start, "同項");
        } else if (take("同号")) {
            base = need(lastItem, start, "同号");
        } else if (take("附則")) {
            base = Target.of(ProvisionKind.SUPPL, "1");
        }
        if (base != null) {
            steps.addAll(base.steps());
        }
        while (true) {
            Matcher m = COUNTED.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                ProvisionKind k = ProvisionKind.ofCounter(m.group(2));
                String num = Integer.toString(Numerals.parse(m.group(1)));
                for (String branch : m.group(3).split("の")) {
                    if (!branch.isEmpty()) {
                        num += "_" + Numerals.parse(branch);
                    }
                }
                i = m.end();
                steps.add(new org.regkit.model.ProvisionId.Step(k, num));
                continue;
            }
            String sub = subitem();
            if (sub != null) {
                ProvisionKind level = subitemLevel(steps.isEmpty() && context != null ? context.steps() : steps);
                if (level == null) {
                    throw new Unreadable(i, Messages.text("sentence.subitem-without-item", sub));
                }
                steps.add(new org.regkit.model.ProvisionId.Step(level, sub));
                continue;
            }
            break;
        }
        if (steps.isEmpty()) {
            throw new Unreadable(start, Messages.text("sentence.expected-provision"));
        }
        Target t = resolve(steps, start);
        remember(t);
        return t;
    }

    private static Target need(Target t, int at, String word) throws Unreadable {
        if (t == null) {
            throw new Unreadable(at, Messages.text("sentence.names-nothing", word));
        }
        return t;
    }

    /** A sub-item's title at the cursor (ア, (ア), イの２), as a machine number, or null. */
    private String subitem() {
        for (int len = Math.min(8, s.length() - i); len >= 1; len--) {
            String t = s.substring(i, i + len);
            ListTitle l = ListTitle.read(t);
            if (l != null && (l.isKatakana() || l.style() == ListTitle.Style.PAREN_NUMBER && !t.startsWith("第"))
                    && follows(i + len)) {
                i += len;
                return l.machineNumber(kana);
            }
        }
        return null;
    }

    /** What may come after a provision's name. */
    private boolean follows(int at) {
        if (at >= s.length()) {
            return false;
        }
        String rest = s.substring(at);
        return rest.startsWith("中") || rest.startsWith("を") || rest.startsWith("の") || rest.startsWith("に")
                || rest.startsWith("から") || rest.startsWith("まで") || rest.startsWith("と") || rest.startsWith("（");
    }

    private static ProvisionKind subitemLevel(List<org.regkit.model.ProvisionId.Step> steps) {
        if (steps.isEmpty()) {
            return null;
        }
        ProvisionKind last = steps.get(steps.size() - 1).kind();
        return last == ProvisionKind.ITEM || last.isSubitem() ? last.nextListLevel() : null;
    }

    /** A name that starts below an article or paragraph is read inside the one named last. */
    private Target resolve(List<org.regkit.model.ProvisionId.Step> steps, int at) throws Unreadable {
        ProvisionKind first = steps.get(0).kind();
        if (first == ProvisionKind.ARTICLE || first == ProvisionKind.SUPPL || first.isGrouping()) {
            return new Target(steps);
        }
        Target inside = context != null ? context : lastParagraph != null ? lastParagraph : lastArticle;
        if (inside == null) {
            if (first == ProvisionKind.PARAGRAPH) {
                return new Target(steps); // a regulation of paragraphs, without articles
            }
            throw new Unreadable(at, Messages.text("sentence.no-context"));
        }
        ProvisionKind parentKind = switch (first) {
            case PARAGRAPH -> ProvisionKind.ARTICLE;
            case ITEM -> ProvisionKind.PARAGRAPH;
            default -> null;
        };
        Target parent;
        if (first.isSubitem()) {
            parent = inside.kind() == ProvisionKind.ITEM || inside.kind().isSubitem() ? inside : null;
        } else {
            parent = inside.upTo(parentKind);
            if (parent == null && first == ProvisionKind.ITEM) {
                parent = inside.upTo(ProvisionKind.ARTICLE) != null ? inside.upTo(ProvisionKind.ARTICLE) : inside.upTo(ProvisionKind.SUPPL);
            }
            if (parent == null && first == ProvisionKind.PARAGRAPH) {
                parent = inside.upTo(ProvisionKind.SUPPL);
            }
        }
        if (parent == null) {
            throw new Unreadable(at, Messages.text("sentence.no-context"));
        }
        List<org.regkit.model.ProvisionId.Step> all = new ArrayList<>(parent.steps());
        all.addAll(steps);
        return new Target(all);
    }

    private void remember(Target t) {
        if (t.upTo(ProvisionKind.ARTICLE) != null) {
            lastArticle = t.upTo(ProvisionKind.ARTICLE);
        }
        lastParagraph = t.upTo(ProvisionKind.PARAGRAPH);
        if (t.upTo(ProvisionKind.ITEM) != null) {
            lastItem = t.upTo(ProvisionKind.ITEM);
        }
    }

    /** Whether a provision's name starts at {@code at}: 第５号, 同条, 附則, or a sub-item's title. */
    private boolean startsAddress(int at) {
        if (s.startsWith("同条", at) || s.startsWith("同項", at) || s.startsWith("同号", at) || s.startsWith("附則", at)
                || COUNTED.matcher(s).region(at, s.length()).lookingAt()) {
            return true;
        }
        int save = i;
        i = at;
        boolean sub = subitem() != null;
        i = save;
        return sub;
    }

    // ------------------------------------------------------------------ the cursor

    private boolean peek(String word) {
        return s.startsWith(word, i);
    }

    private boolean take(String word) {
        if (s.startsWith(word, i)) {
            i += word.length();
            return true;
        }
        return false;
    }

    private void expect(String word) throws Unreadable {
        if (!take(word)) {
            throw new Unreadable(i, Messages.text("sentence.expected", word));
        }
    }
}
