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
        TABLE("AppdxTable", "TableStruct"), NOTE("AppdxNote", "NoteStruct"), STYLE("AppdxStyle", "StyleStruct");

        final String element;
        /** The structure inside, whose title holds words after the heading (別表第１（第２条関係）　区分表). */
        final String struct;

        Kind(String element, String struct) {
            this.element = element;
            this.struct = struct;
        }

        /** 別表 a table; 別記 and 別紙 a note; 様式 and 別記様式 a form. */
        static Kind of(String word) {
            return switch (word) {
                case "別表" -> TABLE;
                case "別記", "別紙" -> NOTE;
                default -> STYLE;
            };
        }
    }

    final Kind kind;
    final String num;
    final String title;
    String related;
    /** Body lines; for a table, each split into its cells. */
    final List<List<String>> rows = new ArrayList<>();
    /** Words after the heading, or null. */
    String caption;
    /** null until a 備考 line opens the remarks. */
    List<String> remarks;

    DraftAppendix(Kind kind, String num, String title, String related) {
        this.kind = kind;
        this.num = num;
        this.title = title;
        this.related = related;
    }
}
