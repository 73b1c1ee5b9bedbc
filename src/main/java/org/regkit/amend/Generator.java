package org.regkit.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import org.regkit.diff.AppendixChange;
import org.regkit.diff.RegulationDiff;
import org.regkit.export.TextExporter;
import org.regkit.l10n.Messages;
import org.regkit.model.Dom;
import org.regkit.model.JapaneseDates;
import org.regkit.model.ListTitle;
import org.regkit.model.PlainText;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionId;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The amending rule that turns one version into the next, as a drafter would write it. Each edit is
 * applied at once to a copy of the old version, so that every number and every quoted string is
 * chosen against the text as it stands at that point of the 改め文, and the copy must end equal to
 * the new version: what is generated is applied as it is generated.
 */
public final class Generator {
    private final RegulationDiff diff;
    private final Regulation oldVersion;
    private final Regulation newVersion;
    private final Document sim;
    private final Applier applier;
    private final Drafting drafting;
    private final Map<Provision, Provision> predecessor = new HashMap<>();
    private final List<Edit> edits = new ArrayList<>();

    /** A difference regkit cannot (yet) write as 改め文. */
    public static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    private Generator(RegulationDiff diff) {
        this.diff = diff;
        this.oldVersion = diff.oldVersion();
        this.newVersion = diff.newVersion();
        this.sim = (Document) oldVersion.document().cloneNode(true);
        this.drafting = new Drafting(oldVersion.style());
        this.applier = new Applier(sim, oldVersion.style());
        for (Provision o : oldVersion.all()) {
            Provision n = diff.successor(o);
            if (n != null) {
                predecessor.put(n, o);
            }
        }
    }

    /** The amending rule from the diff's old version to its new one. */
    public static Amendment generate(RegulationDiff diff) throws Unsupported {
        return new Generator(diff).run();
    }

    private Amendment run() throws Unsupported {
        List<AppendixChange> rewritten = new ArrayList<>();
        for (AppendixChange a : diff.appendices()) {
            if (a.type() == org.regkit.diff.ChangeType.MODIFIED) {
                if (!a.isContents()) {
                    rewritten.add(a); // 別表第１を次のように改める, after the provisions
                }
                continue; // the 目次: 目次中「…」を「…」に改める, below
            }
            throw new Unsupported(Messages.text(a.type() == org.regkit.diff.ChangeType.ADDED ? "generate.appendix-added" : "generate.appendix-removed",
                    a.newLabel() != null ? a.newLabel() : a.oldLabel()));
        }
        if (!oldVersion.title().equals(newVersion.title())) {
            words(null, Edit.Part.TITLE, oldVersion.title(), newVersion.title(), 0);
        }
        contents();
        groupingTitles();
        container(null, oldVersion.mainArticles().isEmpty() ? oldVersion.mainParagraphs() : oldVersion.mainArticles(),
                newVersion.mainArticles().isEmpty() ? newVersion.mainParagraphs() : newVersion.mainArticles());
        for (AppendixChange a : rewritten) {
            appendix(a);
        }
        List<Provision> ownSuppl = supplementary();
        return amendment(ownSuppl);
    }

    // ------------------------------------------------------------------ the parts of the text

    private void groupingTitles() throws Unsupported {
        for (Provision n : newVersion.all()) {
            if (!n.kind().isGrouping()) {
                continue;
            }
            Provision o = predecessor.get(n);
            if (o == null || !o.num().equals(n.num())) {
                throw new Unsupported(Messages.text("generate.grouping", n.title()));
            }
            if (!o.title().equals(n.title())) {
                words(groupingTarget(o), Edit.Part.TITLE, o.title(), n.title(), 0);
            }
        }
        for (Provision o : oldVersion.all()) {
            if (o.kind().isGrouping() && diff.successor(o) == null) {
                throw new Unsupported(Messages.text("generate.grouping-removed", o.title()));
            }
        }
    }

    /** 別表第１を次のように改める: the appendix set out as the new version prints it. */
    private void appendix(AppendixChange a) throws Unsupported {
        Element body = Dom.child(newVersion.document().getDocumentElement(), "LawBody");
        Element neu = Dom.children(body).stream()
                .filter(e -> e.getLocalName().startsWith("Appdx") && AppendixChange.label(e).equals(a.newLabel())).findFirst().orElse(null);
        String title = neu == null ? "" : Appendices.title(neu);
        if (title.isEmpty()) {
            throw new Unsupported(Messages.text("generate.appendix-untitled", a.newLabel()));
        }
        apply(new Edit.Appendix(title, TextExporter.provision(neu)));
    }

    /** 目次中「第２章　管理体制（第５条―第10条）」を「…」に改める, one change at a time until the 目次 reads as the new one. */
    private void contents() throws Unsupported {
        Element newToc = Dom.child(Dom.child(newVersion.document().getDocumentElement(), "LawBody"), "TOC");
        if (newToc == null || diff.appendices().stream().noneMatch(AppendixChange::isContents)) {
            return;
        }
        String target = ScopeText.whole(newToc).text();
        for (int round = 0; round < 40; round++) {
            String now = applierScope(null, Edit.Part.CONTENTS).text();
            if (now.equals(target)) {
                return;
            }
            words(null, Edit.Part.CONTENTS, now, target, 0);
        }
        throw new Unsupported(Messages.text("generate.toc"));
    }

    private static Target groupingTarget(Provision g) {
        List<ProvisionId.Step> steps = new ArrayList<>();
        for (Provision p = g; p != null; p = p.parent()) {
            steps.add(0, new ProvisionId.Step(p.kind(), p.num()));
        }
        return new Target(steps);
    }

    /** The 附則 the new version adds: the amending rule's own. Changes to earlier ones are changes to the text. */
    private List<Provision> supplementary() throws Unsupported {
        List<Provision> added = new ArrayList<>();
        List<Provision> olds = oldVersion.suppls();
        for (Provision n : newVersion.suppls()) {
            Provision o = predecessor.get(n);
            if (o == null) {
                added.add(n);
            } else if (!diff.sameContent(o, n)) {
                if (!o.element().getAttribute("AmendLawNum").isEmpty() || olds.indexOf(o) != 0) {
                    throw new Unsupported(Messages.text("generate.earlier-suppl", n.title()));
                }
                provision(supplTarget(o), o, n);
            }
        }
        for (Provision o : olds) {
            if (diff.successor(o) == null) {
                throw new Unsupported(Messages.text("generate.suppl-removed"));
            }
        }
        if (added.size() > 1) {
            throw new Unsupported(Messages.text("generate.suppls-added", added.size()));
        }
        return added;
    }

    private static Target supplTarget(Provision s) {
        return Target.of(ProvisionKind.SUPPL, "1");
    }

    // ------------------------------------------------------------------ siblings

    /**
     * The edits among the provisions of one kind under one parent. Each kept provision's own changes
     * come first, addressed by the numbers it has then; the numbers change after them: removals,
     * renumbering (繰上げ from the lowest, 繰下げ from the highest), additions. When nothing is
     * renumbered or removed, an addition follows the provision it comes after.
     */
    private void container(Target parent, List<Provision> olds, List<Provision> news) throws Unsupported {
        List<Provision> removed = olds.stream().filter(o -> !in(diff.successor(o), news)).toList();
        List<Provision> moved = olds.stream().filter(o -> in(diff.successor(o), news)
                && !o.num().equals(diff.successor(o).num())).toList();
        boolean inOrder = removed.isEmpty() && moved.isEmpty();
        if (inOrder) {
            for (int i = 0; i < news.size(); i++) {
                Provision n = news.get(i);
                Provision o = predecessor.get(n);
                if (in(o, olds)) {
                    provision(target(parent, o.kind(), o.num()), o, n);
                } else {
                    int end = i;
                    while (end + 1 < news.size() && !in(predecessor.get(news.get(end + 1)), olds)) {
                        end++;
                    }
                    add(parent, olds.isEmpty(), news, i, end);
                    i = end;
                }
            }
            return;
        }
        for (Provision o : olds) {
            Provision n = diff.successor(o);
            if (in(n, news)) {
                provision(target(parent, o.kind(), o.num()), o, n);
            }
        }
        for (int i = removed.size() - 1; i >= 0; i--) {
            apply(new Edit.Remove(target(parent, removed.get(i).kind(), removed.get(i).num())));
        }
        renumber(parent, moved);
        for (int i = 0; i < news.size(); i++) {
            if (!in(predecessor.get(news.get(i)), olds)) {
                int end = i;
                while (end + 1 < news.size() && !in(predecessor.get(news.get(end + 1)), olds)) {
                    end++;
                }
                add(parent, olds.size() == removed.size(), news, i, end);
                i = end;
            }
        }
    }

    private static boolean in(Provision p, List<Provision> list) {
        return p != null && list.contains(p);
    }

    /** Renumbering: 繰上げ lowest first, then 繰下げ highest first; runs of two or more as one 繰上げ・繰下げ. */
    private void renumber(Target parent, List<Provision> moved) throws Unsupported {
        List<Provision> up = moved.stream().filter(o -> delta(o) < 0).toList();
        List<Provision> down = new ArrayList<>(moved.stream().filter(o -> delta(o) > 0).toList());
        java.util.Collections.reverse(down);
        moves(parent, up);
        moves(parent, down);
    }

    private void moves(Target parent, List<Provision> order) throws Unsupported {
        int i = 0;
        while (i < order.size()) {
            Provision first = order.get(i);
            int by = delta(first);
            int end = i;
            boolean counted = !first.kind().counter().isEmpty();
            while (counted && end + 1 < order.size() && delta(order.get(end + 1)) == by && branchless(order.get(end + 1))
                    && Math.abs(order.get(end + 1).leadingNumber() - order.get(end).leadingNumber()) == 1 && branchless(first)) {
                end++;
            }
            // two in a row are renumbered one by one; three or more as one 繰上げ・繰下げ
            if (end - i == 1) {
                end = i;
            }
            // 「第12号を第13号とし、第５号から第11号までを１号ずつ繰り下げ」: the last one alone, as drafters write it
            if (end - i >= 3 && by > 0 && isLast(first)) {
                single(parent, first);
                i++;
                continue;
            }
            if (end == i) {
                single(parent, first);
            } else {
                Provision low = by > 0 ? order.get(end) : first;
                Provision high = by > 0 ? first : order.get(end);
                apply(new Edit.Shift(target(parent, low.kind(), low.num()), target(parent, high.kind(), high.num()), by));
            }
            i = end + 1;
        }
    }

    private void single(Target parent, Provision o) throws Unsupported {
        apply(new Edit.Renumber(target(parent, o.kind(), o.num()), diff.successor(o).num()));
    }

    private boolean isLast(Provision o) {
        List<Provision> siblings = o.parent() == null ? (o.kind() == ProvisionKind.ARTICLE ? oldVersion.mainArticles()
                : oldVersion.mainParagraphs()) : o.parent().children(o.kind());
        return siblings.get(siblings.size() - 1) == o;
    }

    private static boolean branchless(Provision p) {
        return !p.num().contains("_");
    }

    private int delta(Provision o) {
        Provision n = diff.successor(o);
        int d = n.leadingNumber() - o.leadingNumber();
        if (d == 0 || !branchless(o) || !branchless(n)) {
            return o.num().equals(n.num()) ? 0 : (Numbers.compare(n.num(), o.num()) > 0 ? 1 : -1) * Math.max(1, Math.abs(d));
        }
        return d;
    }

    /** Adds news[from..to], after the provision before them, or before the one after them, or at the end of the parent. */
    private void add(Target parent, boolean parentWasEmpty, List<Provision> news, int from, int to) throws Unsupported {
        ProvisionKind kind = news.get(from).kind();
        List<String> lines = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            lines.addAll(TextExporter.provision(news.get(k).element()));
        }
        int count = to - from + 1;
        if (from > 0) {
            Provision before = news.get(from - 1);
            boolean atEnd = to == news.size() - 1 && kind != ProvisionKind.ARTICLE && parent != null;
            apply(atEnd ? new Edit.Add(printed(parent), Edit.Placement.END_OF, kind, count, lines)
                    : new Edit.Add(target(parent, kind, before.num()), Edit.Placement.AFTER, kind, count, lines));
        } else if (to + 1 < news.size()) {
            apply(new Edit.Add(target(parent, kind, news.get(to + 1).num()), Edit.Placement.BEFORE, kind, count, lines));
        } else if (parent != null && parentWasEmpty) {
            apply(new Edit.Add(printed(parent), Edit.Placement.END_OF, kind, count, lines));
        } else {
            throw new Unsupported(Messages.text("generate.all-new"));
        }
    }

    // ------------------------------------------------------------------ one provision

    /** The changes of a kept provision: 削除, or its 見出し, its own words, and what lies under it. */
    private void provision(Target t, Provision o, Provision n) throws Unsupported {
        if (diff.sameContent(o, n) && Objects.equals(o.caption(), n.caption())) {
            return;
        }
        Target printed = printed(t);
        if (n.deleted() && !o.deleted() || wholly(o, n)) {
            if (printed.kind() == ProvisionKind.ARTICLE && t.kind() == ProvisionKind.PARAGRAPH) {
                // the only paragraph of an article: drafters rewrite the article (第２条を次のように改める), 見出し kept
                apply(new Edit.Rewrite(printed, false, TextExporter.provision(n.parent().element())));
            } else {
                apply(new Edit.Rewrite(t, !Objects.equals(o.caption(), n.caption()), TextExporter.provision(n.element())));
            }
            return;
        }
        if (o.caption() != null && n.caption() != null && !o.caption().equals(n.caption())) {
            // 第１条の見出し中「目的」を「趣旨」に改める
            for (int round = 0; round < 10; round++) {
                String now = applierScope(printed, Edit.Part.CAPTION).text();
                if (now.equals(n.caption())) {
                    break;
                }
                words(printed, Edit.Part.CAPTION, now, n.caption(), 0);
            }
        } else if (!Objects.equals(o.caption(), n.caption())) {
            apply(new Edit.Caption(t, n.caption() == null ? "" : n.caption(), o.caption() != null));
        }
        Element newSentence = ScopeText.sentenceElement(n.element());
        if (newSentence != null) {
            String target = ScopeText.sentences(newSentence).text();
            for (int round = 0; round < 40; round++) {
                Element simSentence = ScopeText.sentenceElement(element(t));
                String now = ScopeText.sentences(simSentence).text();
                if (now.equals(target)) {
                    break;
                }
                ScopeText scope = scopeText(printed);
                words(printed, Edit.Part.TEXT, now, target, scope.offsetOf(simSentence));
            }
        }
        for (ProvisionKind kind : Provision.childKinds(o, n)) {
            if (!kind.isGrouping() && kind != ProvisionKind.SUPPL && kind != ProvisionKind.ARTICLE) {
                container(t, o.children(kind), n.children(kind));
            }
        }
    }

    /** True when a provision changed so much that drafters set it out anew (全部改正). */
    private boolean wholly(Provision o, Provision n) {
        if (o.kind() == ProvisionKind.SUPPL) {
            return false;
        }
        String a = o.text();
        String b = n.text();
        int changed = 0;
        for (org.regkit.diff.Run r : org.regkit.diff.CharDiff.diff(a, b)) {
            if (r.op() != org.regkit.diff.Run.Op.EQUAL) {
                changed += r.text().length();
            }
        }
        return Math.max(a.length(), b.length()) > 30 && changed > 0.6 * Math.max(a.length(), b.length());
    }

    // ------------------------------------------------------------------ 字句

    /**
     * One 字句 change for the first difference between {@code now} (the text at {@code base} in the
     * scope) and {@code target}: the shortest quotation that occurs once in the scope, preferring
     * one that does not cut into a word.
     */
    private void words(Target scopeTarget, Edit.Part part, String now, String target, int base) throws Unsupported {
        List<org.regkit.diff.Run> runs = org.regkit.diff.CharDiff.diff(now, target);
        int pos = 0;
        int i = 0;
        while (i < runs.size() && runs.get(i).op() == org.regkit.diff.Run.Op.EQUAL) {
            pos += runs.get(i).text().length();
            i++;
        }
        StringBuilder removed = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (; i < runs.size() && runs.get(i).op() != org.regkit.diff.Run.Op.EQUAL; i++) {
            (runs.get(i).op() == org.regkit.diff.Run.Op.DELETE ? removed : inserted).append(runs.get(i).text());
        }
        ScopeText scope;
        try {
            scope = applier.scope(scopeTarget, part);
        } catch (Applier.Failure f) {
            throw new Unsupported(f.getMessage());
        }
        if (part != Edit.Part.TEXT) {
            base = 0;
        }
        Edit.Words w = Quotation.choose(scope.text(), base, base + now.length(), base + pos, base + pos + removed.length(),
                inserted.toString());
        if (w == null) {
            throw new Unsupported(Messages.text("generate.no-unique-quotation", applier.label(scopeTarget)));
        }
        apply(new Edit.WordChange(scopeTarget, part, List.of(w)));
    }

    private ScopeText scopeText(Target printed) throws Unsupported {
        return applierScope(printed, Edit.Part.TEXT);
    }

    private ScopeText applierScope(Target printed, Edit.Part part) throws Unsupported {
        try {
            return applier.scope(printed, part);
        } catch (Applier.Failure f) {
            throw new Unsupported(f.getMessage());
        }
    }

    // ------------------------------------------------------------------ targets and the copy

    private static Target target(Target parent, ProvisionKind kind, String num) {
        return parent == null ? Target.of(kind, num) : parent.child(kind, num);
    }

    /** The target as drafters name it: the paragraph of an article that has only one is the article (第５条中). */
    private Target printed(Target t) {
        return printed(t, false);
    }

    /**
     * The same; with {@code paragraphItself}, a target that is a paragraph stays one: renumbered or
     * with one added beside it (第三十条の三第一項を同条第二項とし), it is not its article.
     */
    private Target printed(Target t, boolean paragraphItself) {
        if (paragraphItself && t.kind() == ProvisionKind.PARAGRAPH) {
            return t;
        }
        List<ProvisionId.Step> steps = new ArrayList<>(t.steps());
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (steps.get(i).kind() == ProvisionKind.ARTICLE && steps.get(i + 1).kind() == ProvisionKind.PARAGRAPH) {
                Element article = Provisions.find(sim, new Target(steps.subList(0, i + 1)));
                if (article != null && Provisions.children(article, ProvisionKind.PARAGRAPH).size() == 1) {
                    steps.remove(i + 1);
                }
            }
        }
        if (steps.size() == 2 && steps.get(0).kind() == ProvisionKind.SUPPL && steps.get(1).kind() == ProvisionKind.PARAGRAPH) {
            Element suppl = Provisions.find(sim, new Target(steps.subList(0, 1)));
            if (suppl != null && Provisions.children(suppl, ProvisionKind.PARAGRAPH).size() == 1) {
                steps.remove(1);
            }
        }
        return new Target(steps);
    }

    private Element element(Target t) throws Unsupported {
        Element e = Provisions.find(sim, t);
        if (e == null) {
            throw new Unsupported(Messages.text("generate.moved", applier.label(t)));
        }
        return e;
    }

    /** Applies an edit to the copy, and keeps it, as drafters name it. */
    private void apply(Edit e) throws Unsupported {
        Edit named = named(e);
        try {
            applier.apply(named);
        } catch (Applier.Failure f) {
            throw new Unsupported(Messages.text("generate.does-not-apply", f.getMessage()));
        }
        Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
        if (named instanceof Edit.WordChange w && last instanceof Edit.WordChange l && l.target() != null
                && l.target().equals(w.target()) && l.part() == w.part()) {
            List<Edit.Words> joined = new ArrayList<>(l.words());
            joined.addAll(w.words());
            edits.set(edits.size() - 1, new Edit.WordChange(w.target(), w.part(), joined));
        } else {
            edits.add(named);
        }
    }

    private Edit named(Edit e) {
        if (e instanceof Edit.Remove r) {
            return new Edit.Remove(printed(r.target()));
        }
        if (e instanceof Edit.Renumber r) {
            return new Edit.Renumber(printed(r.target(), true), r.newNum());
        }
        if (e instanceof Edit.Shift s) {
            return new Edit.Shift(printed(s.target(), true), printed(s.last(), true), s.by());
        }
        if (e instanceof Edit.Add a) {
            return new Edit.Add(printed(a.target(), a.placement() != Edit.Placement.END_OF), a.placement(), a.kind(), a.count(), a.lines());
        }
        if (e instanceof Edit.Rewrite r) {
            return new Edit.Rewrite(printed(r.target()), r.withCaption(), r.lines());
        }
        if (e instanceof Edit.Caption c) {
            return new Edit.Caption(printed(c.target()), c.caption(), c.replaces());
        }
        return e;
    }

    // ------------------------------------------------------------------ the rule around the edits

    private Amendment amendment(List<Provision> ownSuppl) throws Unsupported {
        Document now = sim;
        String differs = TextComparison.firstDifference(now, newVersion.document(), ownSuppl.isEmpty() ? null : ownSuppl.get(0).element());
        if (differs != null) {
            throw new Unsupported(Messages.text("generate.not-back", differs));
        }
        String label = ownSuppl.isEmpty() ? null : ownSuppl.get(0).element().getAttribute("AmendLawNum");
        String date = null;
        String number = null;
        if (label != null && !label.isEmpty()) {
            Matcher m = JapaneseDates.DATE.matcher(label);
            if (m.lookingAt()) {
                date = m.group();
                number = label.substring(m.end());
            } else {
                number = label;
            }
        }
        List<String> suppl = new ArrayList<>();
        if (!ownSuppl.isEmpty()) {
            for (Element p : Dom.children(ownSuppl.get(0).element())) {
                if (!p.getLocalName().equals("SupplProvisionLabel")) {
                    suppl.addAll(TextExporter.provision(p));
                }
            }
        }
        LocalDate effective = suppl.isEmpty() ? newVersion.effectiveDate() : firstDate(suppl, newVersion.effectiveDate());
        String title = oldVersion.title() + "の一部を改正する" + kind(oldVersion);
        String statement = oldVersion.title() + "（" + citedNumber(oldVersion) + "）の一部を次のように改正する。";
        SentenceWriter writer = new SentenceWriter(drafting, this::subitemTitle);
        List<Amendment.Sentence> sentences = new ArrayList<>();
        for (List<Edit> group : Sentences.group(edits)) {
            sentences.add(new Amendment.Sentence(0, writer.write(group), group));
        }
        boolean excerpt = !ownSuppl.isEmpty() && "true".equals(ownSuppl.get(0).element().getAttribute("Extract"));
        Amendment made = new Amendment(title, number, date, statement, sentences, suppl, effective, excerpt);
        try {
            // the whole rule, 附則 included, applied as a reader would apply it, must give the new version
            Document applied = Amending.apply(oldVersion, made, "amendment").document();
            String whole = TextComparison.firstDifference(applied, newVersion.document(), null);
            if (whole != null) {
                throw new Unsupported(Messages.text("generate.inexpressible", whole));
            }
        } catch (org.regkit.io.InputException e) {
            throw new Unsupported(e.problems().get(0).message());
        }
        return made;
    }

    private static LocalDate firstDate(List<String> lines, LocalDate otherwise) {
        for (String l : lines) {
            LocalDate d = JapaneseDates.find(l);
            if (d != null) {
                return d;
            }
        }
        return otherwise;
    }

    /** What kind of rule the regulation is (訓令, 規則, 条例, 法律 …): what its amending rule is too. */
    static String kind(Regulation r) {
        Element meta = Dom.rkChild(r.document().getDocumentElement(), "Meta");
        Element kindElement = meta == null ? null : Dom.rkChild(meta, "Kind");
        String kind = kindElement == null ? "" : kindElement.getTextContent().strip();
        if (!kind.isEmpty()) {
            return kind;
        }
        for (String k : List.of("訓令", "規則", "条例", "政令", "府令", "省令", "規程", "告示", "法律")) {
            if (r.lawNum().contains(k)) {
                return k;
            }
        }
        return "訓令";
    }

    /** 令和６年埼玉県警察本部訓令第27号: the number with its year and issuer, as another rule cites it. */
    static String citedNumber(Regulation r) {
        String num = r.lawNum();
        if (JapaneseDates.YEAR.matcher(num).lookingAt()) {
            return num; // national laws carry their year: 平成五年法律第八十八号
        }
        LocalDate promulgated = JapaneseDates.promulgation(r.document().getDocumentElement());
        String year = "";
        if (promulgated != null) {
            Matcher y = JapaneseDates.YEAR.matcher(JapaneseDates.format(promulgated));
            year = y.find() ? y.group() : "";
        }
        // the issuer's name (埼玉県) is written before the number wherever the regulation cites a rule of its kind
        String body = num.replaceFirst("[0-9０-９〇一二三四五六七八九十百千]+号$", "");
        String prefix = "";
        Element law = r.document().getDocumentElement();
        StringBuilder prose = new StringBuilder();
        for (Element e : Dom.children(Dom.child(law, "LawBody"))) {
            prose.append(PlainText.of(e)).append('\n');
        }
        Element meta = Dom.rkChild(law, "Meta");
        if (meta != null) {
            for (Element e : Dom.children(meta)) {
                if (List.of("Revises", "AmendedBy", "PromulgationStatement").contains(e.getLocalName())) {
                    prose.append(PlainText.of(e)).append('\n');
                }
            }
        }
        Matcher cited = java.util.regex.Pattern.compile(JapaneseDates.ERA_PATTERN + "[^年\n]{0,4}年([^0-9０-９年月日、。（）\n]{1,10}?)"
                + java.util.regex.Pattern.quote(body)).matcher(prose);
        if (cited.find()) {
            prefix = cited.group(1);
        }
        return year + prefix + num;
    }

    /** ア, (ア): the title of a sub-item's number, in the style its level has in the regulation. */
    private String subitemTitle(Target t) {
        var titles = sim.getElementsByTagName(t.kind().titleElement());
        ListTitle.Style style = t.kind() == ProvisionKind.SUBITEM1 ? ListTitle.Style.KATAKANA : ListTitle.Style.PAREN_KATAKANA;
        for (int i = 0; i < titles.getLength(); i++) {
            ListTitle l = ListTitle.read(titles.item(i).getTextContent());
            if (l != null) {
                style = l.style();
                break;
            }
        }
        String[] parts = t.num().split("_", 2);
        String main = ListTitle.write(style, Integer.parseInt(parts[0]), applier.kana(), drafting.style());
        return parts.length == 1 ? main : main + "の" + drafting.branched(parts[1]);
    }
}
