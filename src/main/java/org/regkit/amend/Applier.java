package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.regkit.ingest.ProvisionText;
import org.regkit.l10n.Messages;
import org.regkit.model.Dom;
import org.regkit.model.KanaSequence;
import org.regkit.model.ListTitle;
import org.regkit.model.NumberStyle;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionId;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Applies edits to a regulation's XML, one after another, each to the text as the ones before it
 * left it (溶け込み). What cannot be applied (words that are not there, a provision that does not
 * exist, a number already taken) is a {@link Failure} naming the provision; the document is then
 * half-changed and must be thrown away, which the callers do.
 */
final class Applier {
    private final Document doc;
    private final Drafting drafting;
    private final KanaSequence kana;
    private final List<String> notes = new ArrayList<>();

    /** What an edit could not do. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    Applier(Document doc, NumberStyle style) {
        this.doc = doc;
        this.drafting = new Drafting(style);
        this.kana = kanaOf(doc, style);
    }

    /** The katakana order the regulation's sub-items use (its first sub-item tells), else its style's usual one. */
    private static KanaSequence kanaOf(Document doc, NumberStyle style) {
        var titles = doc.getElementsByTagName("Subitem1Title");
        for (int i = 0; i < titles.getLength(); i++) {
            String t = titles.item(i).getTextContent().strip();
            ListTitle l = ListTitle.read(t);
            if (l != null && l.isKatakana()) {
                KanaSequence k = KanaSequence.startingWith(l.letter());
                if (k != null) {
                    return k;
                }
            }
        }
        return style == NumberStyle.KANJI ? KanaSequence.IROHA : KanaSequence.AIUEO;
    }

    KanaSequence kana() {
        return kana;
    }

    /** What the edits so far did that a reader should know: quoted words changed in several places. */
    List<String> notes() {
        return notes;
    }

    void apply(Edit e) throws Failure {
        if (e instanceof Edit.WordChange w) {
            words(w);
        } else if (e instanceof Edit.Rewrite r) {
            rewrite(r);
        } else if (e instanceof Edit.Remove r) {
            remove(find(r.target()));
        } else if (e instanceof Edit.Renumber r) {
            renumber(r.target(), r.newNum());
        } else if (e instanceof Edit.Shift s) {
            shift(s);
        } else if (e instanceof Edit.Add a) {
            add(a);
        } else if (e instanceof Edit.Caption c) {
            caption(c);
        } else if (e instanceof Edit.Appendix a) {
            appendix(a);
        }
    }

    // ------------------------------------------------------------------ 字句

    private void words(Edit.WordChange w) throws Failure {
        ScopeText scope = scope(w.target(), w.part());
        for (Edit.Words p : w.words()) {
            int found = scope.count(p.from());
            String where = found == 1 ? null : where(w.target(), w.part());
            if (found == 0) {
                throw new Failure(Messages.text("apply.not-in", p.from(), where));
            }
            if (found > 1) {
                // as 改め文 mean it: every occurrence in the provision named changes
                notes.add(Messages.text("apply.several", p.from(), found, where));
            }
            switch (p.mode()) {
                case REPLACE -> scope.replaceAll(p.from(), p.to());
                case DELETE -> scope.replaceAll(p.from(), "");
                case INSERT_AFTER -> {
                    String text = scope.text();
                    List<Integer> ends = new ArrayList<>();
                    for (int i = text.indexOf(p.from()); i >= 0; i = text.indexOf(p.from(), i + 1)) {
                        ends.add(i + p.from().length());
                    }
                    for (int k = ends.size() - 1; k >= 0; k--) {
                        scope.replace(ends.get(k), ends.get(k), p.to());
                    }
                }
            }
        }
    }

    /** The text a word change reads, from the regulation as it stands. */
    ScopeText scope(Target target, Edit.Part part) throws Failure {
        if (part == Edit.Part.TITLE && target == null) {
            return ScopeText.of(Dom.child(Dom.child(doc.getDocumentElement(), "LawBody"), "LawTitle"));
        }
        if (part == Edit.Part.CONTENTS) {
            Element toc = Dom.child(Dom.child(doc.getDocumentElement(), "LawBody"), "TOC");
            if (toc == null) {
                throw new Failure(Messages.text("apply.no-toc"));
            }
            return ScopeText.whole(toc);
        }
        Element e = find(target);
        return switch (part) {
            case TEXT -> ScopeText.sentences(e);
            case CAPTION -> {
                Element c = Dom.child(e, captionElement(e));
                if (c == null) {
                    throw new Failure(Messages.text("apply.no-caption-there", where(target, part), label(target)));
                }
                yield ScopeText.of(c);
            }
            case TITLE -> ScopeText.of(Dom.child(e, ProvisionKind.ofElement(e.getLocalName()).titleElement()));
            case CONTENTS -> throw new IllegalStateException("目次 is read above");
        };
    }

    // ------------------------------------------------------------------ appendices

    /** 別表第１を次のように改める: the appendix whose title begins so is replaced by the one set out. */
    private void appendix(Edit.Appendix a) throws Failure {
        Element body = Dom.child(doc.getDocumentElement(), "LawBody");
        Element old = null;
        for (Element e : Dom.children(body)) {
            if (e.getLocalName().startsWith("Appdx") && Appendices.title(e).equals(a.title())) {
                old = e;
                break;
            }
        }
        if (old == null) {
            throw new Failure(Messages.text("apply.no-appendix", a.title()));
        }
        Element neu;
        try {
            neu = org.regkit.ingest.ProvisionText.appendix(a.lines(), doc);
        } catch (org.regkit.ingest.ProvisionText.Unreadable u) {
            throw new Failure(a.title() + ": " + u.getMessage());
        }
        if (!neu.getLocalName().equals(old.getLocalName()) || !Appendices.title(neu).equals(a.title())) {
            throw new Failure(Messages.text("apply.other-appendix", a.title(), Appendices.title(neu)));
        }
        body.replaceChild(neu, old);
    }

    // ------------------------------------------------------------------ whole provisions

    private void rewrite(Edit.Rewrite r) throws Failure {
        Element old = find(r.target());
        List<Element> made = read(r.lines(), r.target().kind());
        if (made.size() != 1) {
            throw new Failure(Messages.text("apply.rewrite-count", label(r.target()), made.size()));
        }
        Element neu = made.get(0);
        if (!r.withCaption()) {
            // 第５条を次のように改める: the 見出し stays as it was
            Element oldCaption = Dom.child(old, captionElement(old));
            Element newCaption = Dom.child(neu, captionElement(neu));
            if (newCaption != null) {
                neu.removeChild(newCaption);
            }
            if (oldCaption != null) {
                neu.insertBefore(oldCaption.cloneNode(true), neu.getFirstChild());
            }
        }
        neu.setAttribute("Num", old.getAttribute("Num"));
        old.getParentNode().replaceChild(neu, old);
    }

    private void remove(Element e) {
        Node before = e.getPreviousSibling();
        if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
            before.getParentNode().removeChild(before);
        }
        e.getParentNode().removeChild(e);
    }

    private void add(Edit.Add a) throws Failure {
        Element anchor = find(a.target());
        if (a.placement() == Edit.Placement.END_OF && a.kind().ordinal() >= ProvisionKind.ITEM.ordinal()
                && anchor.getLocalName().equals("Article")) {
            // 第４条に次の１号を加える: the items go into its paragraph
            Element p = Provisions.itemParagraph(anchor);
            List<Element> paragraphs = Provisions.children(anchor, ProvisionKind.PARAGRAPH);
            anchor = p != null ? p : paragraphs.size() == 1 ? paragraphs.get(0) : null;
            if (anchor == null) {
                throw new Failure(Messages.text("apply.which-paragraph", label(a.target())));
            }
        }
        List<Element> made = read(a.lines(), a.kind());
        if (a.count() > 0 && made.size() != a.count()) {
            throw new Failure(Messages.text("apply.add-count", drafting.counting(a.kind(), a.count()), label(a.target()), made.size()));
        }
        Node parent = a.placement() == Edit.Placement.END_OF ? anchor : anchor.getParentNode();
        Node before = switch (a.placement()) {
            case AFTER -> anchor.getNextSibling();
            case BEFORE -> anchor;
            case END_OF -> {
                List<Element> same = Provisions.children(anchor, a.kind());
                yield same.isEmpty() ? endOfOwnText(anchor) : same.get(same.size() - 1).getNextSibling();
            }
        };
        for (Element e : made) {
            if (Provisions.children((Element) parent, a.kind()).stream().anyMatch(s -> s.getAttribute("Num").equals(e.getAttribute("Num")))) {
                throw new Failure(Messages.text("apply.number-there", label(a.target()), e.getAttribute("Num")));
            }
        }
        for (Element e : made) {
            parent.insertBefore(e, before);
        }
    }

    /** Where provisions added to the end of one go when it has none of their kind yet: after its own text. */
    private static Node endOfOwnText(Element provision) {
        List<Element> kids = Dom.children(provision);
        return kids.isEmpty() ? null : kids.get(kids.size() - 1).getNextSibling();
    }

    private void caption(Edit.Caption c) throws Failure {
        Element e = find(c.target());
        String name = captionElement(e);
        Element old = Dom.child(e, name);
        if (c.caption().isEmpty()) {
            if (old == null) {
                throw new Failure(Messages.text("apply.no-caption", label(c.target())));
            }
            remove(old);
        } else if (old != null) {
            old.setTextContent(c.caption());
        } else {
            Element made = doc.createElementNS(null, name);
            made.setTextContent(c.caption());
            e.insertBefore(made, e.getFirstChild());
        }
    }

    private static String captionElement(Element provision) {
        return provision.getLocalName().equals("Paragraph") ? "ParagraphCaption" : "ArticleCaption";
    }

    // ------------------------------------------------------------------ numbers

    private void renumber(Target target, String newNum) throws Failure {
        Element e = find(target);
        if (Provisions.find(doc, target.withNum(newNum)) != null) {
            throw new Failure(Messages.text("apply.number-taken", label(target), label(target.withNum(newNum))));
        }
        number(e, target.kind(), newNum);
    }

    private void shift(Edit.Shift s) throws Failure {
        Element first = find(s.target());
        find(s.last());
        int from = Provision.leadingNumber(s.target().num());
        int to = Provision.leadingNumber(s.last().num());
        if (to < from) {
            throw new Failure(Messages.text("apply.no-range", label(s.target()), label(s.last())));
        }
        List<Element> moving = new ArrayList<>();
        for (Element e : Provisions.children((Element) first.getParentNode(), s.target().kind())) {
            int n = Provision.leadingNumber(e.getAttribute("Num"));
            if (n >= from && n <= to) {
                moving.add(e);
            }
        }
        for (Element e : Provisions.children((Element) first.getParentNode(), s.target().kind())) {
            int n = Provision.leadingNumber(e.getAttribute("Num"));
            if (!moving.contains(e) && n >= from + s.by() && n <= to + s.by()) {
                throw new Failure(Messages.text("apply.shift-blocked", label(s.target()), label(s.last()), s.by(),
                        label(s.target().withNum(e.getAttribute("Num")))));
            }
        }
        for (Element e : moving) {
            String num = e.getAttribute("Num");
            int us = num.indexOf('_');
            number(e, s.target().kind(), (Provision.leadingNumber(num) + s.by()) + (us < 0 ? "" : num.substring(us)));
        }
    }

    /** Gives a provision a new number, and the title that goes with it in the regulation's style. */
    private void number(Element e, ProvisionKind kind, String num) {
        e.setAttribute("Num", num);
        Element title = Dom.child(e, kind.titleElement());
        if (title == null) {
            return;
        }
        String old = title.getTextContent().strip();
        if (kind == ProvisionKind.PARAGRAPH && old.isEmpty() && Provision.leadingNumber(num) == 1) {
            return; // the first paragraph has no number printed
        }
        title.setTextContent(title(kind, num, old));
    }

    private String title(ProvisionKind kind, String num, String old) {
        // digits as the title had them: (9) stays half-width where the regulation writes (9)
        NumberStyle style = old.chars().anyMatch(c -> c >= '0' && c <= '9') ? NumberStyle.ASCII
                : old.chars().anyMatch(c -> c >= '０' && c <= '９') ? NumberStyle.FULL_WIDTH : drafting.style();
        return switch (kind) {
            case ARTICLE -> drafting.counted(num, "条");
            case PARAGRAPH -> drafting.style() == NumberStyle.KANJI ? Numerals.fullWidth(Provision.leadingNumber(num))
                    : style == NumberStyle.ASCII ? num.replace('_', 'の') : drafting.branched(num);
            default -> {
                ListTitle l = ListTitle.read(old);
                int us = num.indexOf('_');
                String main = ListTitle.write(l == null ? ListTitle.Style.PAREN_NUMBER : l.style(), Provision.leadingNumber(num), kana, style);
                yield us < 0 ? main : main + "の" + drafting.branched(num.substring(us + 1));
            }
        };
    }

    // ------------------------------------------------------------------ helpers

    Element find(Target t) throws Failure {
        Element e = Provisions.find(doc, t);
        if (e == null) {
            Target article = t.upTo(ProvisionKind.ARTICLE);
            Element a = article == null ? null : Provisions.find(doc, article);
            int at = article == null ? -1 : article.steps().size();
            if (a != null && at < t.steps().size() && t.steps().get(at).kind().ordinal() >= ProvisionKind.ITEM.ordinal()
                    && Provisions.itemParagraph(a) == null) {
                throw new Failure(Messages.text("apply.ambiguous", label(t), label(article)));
            }
            throw new Failure(Messages.text("apply.no-such", label(t)));
        }
        return e;
    }

    private List<Element> read(List<String> lines, ProvisionKind kind) throws Failure {
        try {
            return ProvisionText.read(lines, kind, kana, doc);
        } catch (ProvisionText.Unreadable u) {
            throw new Failure(Messages.text("apply.setout-unreadable", u.getMessage()));
        }
    }

    /** 第３条第１項第８号, as the regulation writes it. */
    String label(Target t) {
        if (t == null) {
            return "題名";
        }
        StringBuilder b = new StringBuilder();
        for (ProvisionId.Step s : t.steps()) {
            b.append(drafting.step(s, s.kind().isSubitem() ? subitemTitle(s) : null));
        }
        return b.toString();
    }

    private String subitemTitle(ProvisionId.Step s) {
        return ListTitle.write(s.kind() == ProvisionKind.SUBITEM1 ? ListTitle.Style.KATAKANA : ListTitle.Style.PAREN_KATAKANA,
                Provision.leadingNumber(s.num()), kana, drafting.style());
    }

    private String where(Target t, Edit.Part part) {
        return switch (part) {
            case TEXT -> label(t);
            case CAPTION -> label(t) + "の見出し";
            case TITLE -> t == null ? "題名" : label(t) + "の" + Drafting.titleName(t.kind());
            case CONTENTS -> "目次";
        };
    }
}
