package org.regkit.refs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.Dom;
import org.regkit.model.PlainText;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;
import org.w3c.dom.Element;

/**
 * Finds the terms a regulation defines: term-and-definition items (two Columns), 「X」とは、…をいう,
 * …を「X」という / と称する, and parenthetical definitions X（…をいう。以下同じ。）.
 */
public final class DefinedTerms {
    private static final Pattern TOHA = Pattern.compile("「([^「」]{1,40})」とは、(.+?をいう)");
    private static final Pattern NAMING = Pattern.compile("(?:^|、)([^、]*?)(?:を|をもって)「([^「」]{1,40})」(?:といい|という|と称する)");
    private static final String THROUGHOUT = "以下同じ";

    private DefinedTerms() {
    }

    /** Every defined term, in document order; a term defined twice keeps its first definition. */
    public static List<DefinedTerm> find(Regulation regulation) {
        Map<String, DefinedTerm> terms = new LinkedHashMap<>();
        for (Provision p : regulation.all()) {
            for (DefinedTerm t : in(p)) {
                terms.putIfAbsent(t.term(), t);
            }
        }
        return List.copyOf(terms.values());
    }

    /** The terms defined by a provision's own text. */
    static List<DefinedTerm> in(Provision p) {
        List<DefinedTerm> out = new ArrayList<>();
        String sentenceElement = p.kind().sentenceElement();
        Element sentences = sentenceElement == null ? null : Dom.child(p.element(), sentenceElement);
        if (sentences == null) {
            return out;
        }
        List<Element> columns = Dom.children(sentences).stream().filter(e -> "Column".equals(e.getLocalName())).toList();
        if (columns.size() == 2) {
            out.add(new DefinedTerm(PlainText.of(columns.get(0)).strip(), PlainText.of(columns.get(1)).strip(), p,
                    "column", true));
        }
        String text = p.text();
        Matcher m = TOHA.matcher(text);
        while (m.find()) {
            out.add(new DefinedTerm(m.group(1), m.group(2), p, "toha", true));
        }
        Matcher n = NAMING.matcher(text);
        while (n.find()) {
            out.add(new DefinedTerm(n.group(2), n.group(1).strip(), p, "naming", true));
        }
        parentheticals(text, p, out);
        return out;
    }

    /**
     * X（…をいう。…）: the term is the run of kanji, katakana and Latin letters right before the
     * bracket; the definition is the bracket's content up to をいう.
     */
    private static void parentheticals(String text, Provision p, List<DefinedTerm> out) {
        for (int open = text.indexOf('（'); open >= 0; open = text.indexOf('（', open + 1)) {
            int close = matching(text, open);
            if (close < 0) {
                continue;
            }
            String inside = text.substring(open + 1, close);
            int iu = inside.lastIndexOf("をいう。");
            if (iu < 0 || !topLevel(inside, iu)) {
                continue;
            }
            int start = open;
            while (start > 0 && isTermChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == open || open - start > 30) {
                continue;
            }
            String term = text.substring(start, open);
            out.add(new DefinedTerm(term, inside.substring(0, iu + 3), p, "parenthetical", inside.contains(THROUGHOUT)));
        }
    }

    /** True when position {@code i} of {@code s} is outside any bracket of {@code s}. */
    private static boolean topLevel(String s, int i) {
        int depth = 0;
        for (int k = 0; k < i; k++) {
            char c = s.charAt(k);
            if (c == '（') {
                depth++;
            } else if (c == '）') {
                depth--;
            }
        }
        return depth == 0;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（') {
                depth++;
            } else if (c == '）' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Kanji, katakana (with ー), Latin letters and digits in either width: what Japanese terms are made of. */
    private static boolean isTermChar(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u30A0' && c <= '\u30FF' || c == '々'
                || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c >= '０' && c <= '９' || c == '－';
    }
}
