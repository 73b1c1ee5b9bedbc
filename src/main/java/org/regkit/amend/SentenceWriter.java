package org.regkit.amend;

import java.util.List;
import java.util.function.Function;
import org.regkit.model.ProvisionId;
import org.regkit.model.ProvisionKind;

/**
 * Writes edits as one sentence of 改め文, the way drafters join them: 「第３条第１項中第11号を第12号とし、
 * 第８号から第10号までを１号ずつ繰り下げ、第７号の次に次の１号を加える。」, 「…に改め、同条に次の１項を加える。」.
 * Every verb but the last is in its continuative form (改め, 削り, 加え, とし); a provision named again
 * is 同条 or 同項; provisions inside one already named with 中 are named by their own number.
 */
final class SentenceWriter {
    private final Drafting drafting;
    /** The title a sub-item is printed with (ア), for a target that names one. */
    private final Function<Target, String> subitemTitle;

    private Target context;
    private Target lastArticle;
    private Target lastParagraph;

    SentenceWriter(Drafting drafting, Function<Target, String> subitemTitle) {
        this.drafting = drafting;
        this.subitemTitle = subitemTitle;
    }

    /** The sentence, ending with 。. */
    String write(List<Edit> edits) {
        context = null;
        lastArticle = null;
        lastParagraph = null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < edits.size(); i++) {
            b.append(i == 0 ? "" : "、").append(phrase(edits.get(i), i == edits.size() - 1));
        }
        return b.append('。').toString();
    }

    private String phrase(Edit e, boolean last) {
        if (e instanceof Edit.WordChange w) {
            return words(w, last);
        }
        if (e instanceof Edit.Rewrite r) {
            return ref(r.target()) + (r.withCaption() ? "（見出しを含む。）" : "") + "を次のように" + (last ? "改める" : "改め");
        }
        if (e instanceof Edit.Remove r) {
            return ref(r.target()) + "を" + (last ? "削る" : "削り");
        }
        if (e instanceof Edit.Appendix a) {
            return a.title() + "を次のように" + (last ? "改める" : "改め");
        }
        if (e instanceof Edit.Renumber r) {
            return ref(r.target()) + "を" + own(r.target().withNum(r.newNum())) + (last ? "とする" : "とし");
        }
        if (e instanceof Edit.Shift s) {
            return ref(s.target()) + "から" + own(s.last()) + "までを" + drafting.number(Math.abs(s.by())) + s.target().kind().counter()
                    + "ずつ" + (s.by() > 0 ? "繰り下げ" : "繰り上げ") + (last ? "る" : "");
        }
        if (e instanceof Edit.Add a) {
            String where = switch (a.placement()) {
                case AFTER -> ref(a.target()) + "の次に";
                case BEFORE -> ref(a.target()) + "の前に";
                case END_OF -> scope(a.target()) + "に";
            };
            String counting = drafting.counting(a.kind(), a.count());
            return where + counting + (counting.equals("次のように") ? "" : "を") + (last ? "加える" : "加え");
        }
        Edit.Caption c = (Edit.Caption) e;
        if (c.caption().isEmpty()) {
            return ref(c.target()) + "の見出しを" + (last ? "削る" : "削り");
        }
        return c.replaces() ? ref(c.target()) + "の見出しを「" + c.caption() + "」に" + (last ? "改める" : "改め")
                : ref(c.target()) + "に見出しとして「" + c.caption() + "」を" + (last ? "付する" : "付し");
    }

    private String words(Edit.WordChange w, boolean last) {
        StringBuilder b = new StringBuilder();
        b.append(switch (w.part()) {
            case TEXT -> scope(w.target()) + "中";
            case CAPTION -> scope(w.target()) + "の見出し中";
            case TITLE -> w.target() == null ? "題名中" : scope(w.target()) + "の" + Drafting.titleName(w.target().kind()) + "中";
            case CONTENTS -> "目次中";
        });
        context = w.target();
        List<Edit.Words> words = w.words();
        for (int i = 0; i < words.size(); i++) {
            Edit.Words p = words.get(i);
            boolean end = i == words.size() - 1;
            boolean nextReplaces = !end && words.get(i + 1).mode() == Edit.Mode.REPLACE;
            switch (p.mode()) {
                // 「A」を「B」に、「C」を「D」に改める: replacements in a row share one verb
                case REPLACE -> b.append('「').append(p.from()).append("」を「").append(p.to()).append("」に")
                        .append(nextReplaces ? "" : end && last ? "改める" : "改め");
                case DELETE -> b.append('「').append(p.from()).append("」を").append(end && last ? "削る" : "削り");
                case INSERT_AFTER -> b.append('「').append(p.from()).append("」の下に「").append(p.to()).append("」を")
                        .append(end && last ? "加える" : "加え");
            }
            if (!end) {
                b.append('、');
            }
        }
        return b.toString();
    }

    /**
     * How a provision is named in a structural edit: by its own number inside the provision named
     * last with 中; at the top by its full name; else as 「第３条第１項中第８号」, which makes the
     * holder the context for what follows.
     */
    private String ref(Target t) {
        Target parent = t.parent();
        if (parent == null) {
            String s = t.kind() == ProvisionKind.ARTICLE && t.equals(lastArticle) ? "同条" : own(t);
            remember(t);
            return s;
        }
        if (parent.equals(context)) {
            return own(t);
        }
        String s = scope(parent) + "中" + own(t);
        context = parent;
        return s;
    }

    /** A provision named whole: 同条, 同項, 同条第２項, or its full name. */
    private String scope(Target t) {
        String s;
        if (t.kind() == ProvisionKind.ARTICLE && t.equals(lastArticle)) {
            s = "同条";
        } else if (t.kind() == ProvisionKind.PARAGRAPH && t.equals(lastParagraph)) {
            s = "同項";
        } else if (t.kind() == ProvisionKind.PARAGRAPH && lastArticle != null && lastArticle.equals(t.parent())) {
            s = "同条" + own(t);
        } else if (t.kind() == ProvisionKind.ITEM && lastParagraph != null && lastParagraph.equals(t.parent())) {
            s = "同項" + own(t);
        } else if (t.kind() == ProvisionKind.ITEM && lastArticle != null && lastArticle.equals(t.parent())) {
            s = "同条" + own(t); // an item of an article with one paragraph: 同条第２号
        } else {
            s = full(t);
        }
        remember(t);
        return s;
    }

    private void remember(Target t) {
        Target article = t.upTo(ProvisionKind.ARTICLE);
        if (article != null) {
            lastArticle = article;
        }
        lastParagraph = t.upTo(ProvisionKind.PARAGRAPH);
    }

    private String full(Target t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.steps().size(); i++) {
            b.append(name(new Target(t.steps().subList(0, i + 1))));
        }
        return b.toString();
    }

    /** The last step alone: 第８号, 第３条の２, ア. */
    private String own(Target t) {
        return name(t);
    }

    private String name(Target t) {
        ProvisionId.Step s = t.last();
        return s.kind().isSubitem() ? subitemTitle.apply(t) : drafting.step(s, null);
    }
}
