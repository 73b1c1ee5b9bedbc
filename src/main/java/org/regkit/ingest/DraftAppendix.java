package org.regkit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * An appendix at the end of a regulation, as text gives it: 別表第１（第３条関係） and its table
 * rows, 別記 or 様式第１号 and their lines; a 備考 line and what follows are the remarks.
 */
final class DraftAppendix {
    /** What the heading calls it, and the e-Gov element it becomes. */
    enum Kind {
        TABLE("別表", "AppdxTable"), NOTE("別記", "AppdxNote"), STYLE("様式", "AppdxStyle");

        final String word;
        final String element;

        Kind(String word, String element) {
            this.word = word;
            this.element = element;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(word);
        }
    }

    final Kind kind;
    final String num;
    final String title;
    final String related;
    final int line;
    /** Body lines; for a table, each split into its cells. */
    final List<List<String>> rows = new ArrayList<>();
    /** null until a 備考 line opens the remarks. */
    List<String> remarks;

    DraftAppendix(Kind kind, String num, String title, String related, int line) {
        this.kind = kind;
        this.num = num;
        this.title = title;
        this.related = related;
        this.line = line;
    }
}
