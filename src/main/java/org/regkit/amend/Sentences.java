package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.ProvisionKind;

/**
 * Edits joined into sentences as drafters join them: the edits of one article (or of one 附則, the
 * title, one 章名) in a row make one sentence, which ends after an edit that sets out provisions.
 */
final class Sentences {
    private Sentences() {
    }

    static List<List<Edit>> group(List<Edit> edits) {
        List<List<Edit>> out = new ArrayList<>();
        List<Edit> current = new ArrayList<>();
        String key = null;
        for (Edit e : edits) {
            String k = key(e);
            if ("articles".equals(key) && e instanceof Edit.Add a && a.target().steps().size() == 1
                    && a.target().kind() == ProvisionKind.ARTICLE) {
                k = key; // 第五条を第六条とし、第四条の次に次の一条を加える
            }
            if (!current.isEmpty() && !k.equals(key)) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(e);
            key = k;
            if (e.hasBlock()) {
                out.add(current);
                current = new ArrayList<>();
                key = null;
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * What a sentence is about: the article (or 附則, or top-level paragraph) an edit lies in; the
     * title; a 章名; and the articles themselves when they are removed, renumbered or added (第五条を
     * 第六条とし、第四条の次に次の一条を加える).
     */
    private static String key(Edit e) {
        Target t = e.target();
        boolean structural = e instanceof Edit.Remove || e instanceof Edit.Renumber || e instanceof Edit.Shift;
        if (structural && t.steps().size() == 1 && t.kind() == ProvisionKind.ARTICLE) {
            return "articles";
        }
        if (t == null) {
            return "title";
        }
        if (t.steps().get(0).kind().isGrouping()) {
            return t.toString();
        }
        Target top = t.upTo(t.steps().get(0).kind());
        return t.steps().get(0).kind() == ProvisionKind.PARAGRAPH ? t.upTo(ProvisionKind.PARAGRAPH).toString() : top.toString();
    }
}
