package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.regkit.model.ListTitle;

/**
 * An amending rule as plain text, laid out as a 公報 prints it: its number, its title, the 制定文,
 * each sentence of 改め文 with the provisions it sets out under it, the 附則, and the date. Sentences
 * and paragraphs begin one full-width space in; the provisions set out keep their titles at the
 * start (a 見出し and items one space in), so that {@link AmendmentReader} reads it back.
 */
public final class AmendmentText {
    private static final String SP = "\u3000";
    private static final Pattern ARTICLE_OR_PARAGRAPH = Pattern.compile("(第[^　\\s]+条[^　\\s]*|[0-9０-９]+)[　\\s].*");

    private AmendmentText() {
    }

    /** The rule's lines. */
    public static List<String> lines(Amendment a) {
        List<String> out = new ArrayList<>();
        if (a.number() != null) {
            out.add(a.number());
        }
        out.add(SP + SP + a.title());
        out.add(SP + a.statement());
        for (Amendment.Sentence s : a.sentences()) {
            out.add(SP + s.text());
            for (Edit e : s.edits()) {
                block(e).forEach(l -> out.add(indent(l) + l));
            }
        }
        if (!a.suppl().isEmpty()) {
            out.add(SP + SP + SP + "附" + SP + "則" + (a.excerpt() ? SP + "抄" : ""));
            a.suppl().forEach(l -> out.add(ARTICLE_OR_PARAGRAPH.matcher(l).matches() ? l : SP + l));
        }
        if (a.date() != null) {
            out.add(a.date());
        }
        return out;
    }

    /** The provisions an edit sets out, or none. */
    static List<String> block(Edit e) {
        if (e instanceof Edit.Add a) {
            return a.lines();
        }
        if (e instanceof Edit.Rewrite r) {
            return r.lines();
        }
        if (e instanceof Edit.Appendix a) {
            return a.lines();
        }
        return List.of();
    }

    /** Captions and items one space in, sub-items two; articles and paragraphs at the margin. */
    private static String indent(String line) {
        if (line.startsWith("（")) {
            return SP;
        }
        if (ARTICLE_OR_PARAGRAPH.matcher(line).matches()) {
            return "";
        }
        ListTitle.Opening o = ListTitle.opening(line);
        return o == null ? SP : o.title().isKatakana() ? SP + SP : SP;
    }
}
