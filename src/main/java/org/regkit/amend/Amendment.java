package org.regkit.amend;

import java.time.LocalDate;
import java.util.List;

/**
 * An amending rule: what it is called and numbered, its 制定文, its 改め文 as sentences, and its own
 * 附則 (as the lines it prints).
 *
 * @param title      …の一部を改正する訓令
 * @param number     its number as written (警察本部訓令第８号), or null when not known
 * @param date       the day it was made, as written (令和７年３月25日), or null
 * @param statement  …の一部を次のように改正する。
 * @param sentences  the 改め文, in order
 * @param suppl      the lines of its 附則 (without the 附　則 heading)
 * @param effective  the day its 附則 puts it in force, or null
 * @param excerpt    whether its 附則 is set out as an excerpt (附　則　抄), as consolidated texts hold it
 */
public record Amendment(String title, String number, String date, String statement, List<Sentence> sentences,
                        List<String> suppl, LocalDate effective, boolean excerpt) {
    public Amendment {
        sentences = List.copyOf(sentences);
        suppl = List.copyOf(suppl);
    }

    /**
     * One sentence of 改め文 as written (several edits joined by 、), its edits, and the line it
     * starts on in its source (0 when generated).
     */
    public record Sentence(int line, String text, List<Edit> edits) {
        public Sentence {
            edits = List.copyOf(edits);
        }
    }

    /** Every edit, in the order they apply. */
    public List<Edit> edits() {
        return sentences.stream().flatMap(s -> s.edits().stream()).toList();
    }

    /** 令和７年３月25日警察本部訓令第８号: what the 附則 the amendment adds is labelled with, or null. */
    public String label() {
        return date == null && number == null ? null : (date == null ? "" : date) + (number == null ? "" : number);
    }
}
