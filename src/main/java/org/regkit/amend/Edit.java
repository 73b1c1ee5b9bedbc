package org.regkit.amend;

import java.util.List;
import org.regkit.model.ProvisionKind;

/**
 * One operation of a 改め文, applied to the text as it stands after the ones before it. Provisions
 * set out in full (a new article, an article rewritten) are held as the lines an amending rule
 * prints them in ({@code （見出し）}, {@code 第３条の２　…}, {@code ２　…}, {@code (1)　…}).
 */
public sealed interface Edit {
    /** The provision the edit is about (for a word change, its scope). */
    Target target();

    /** Whether the edit sets out provisions in full after its sentence. */
    default boolean hasBlock() {
        return false;
    }

    /** Which text of a provision a word change reads. */
    enum Part {
        /** Its sentences (and those of everything under it). */
        TEXT,
        /** Its 見出し. */
        CAPTION,
        /** The title of a 章 節 款 目 編 (章名), or the regulation's 題名 (target null). */
        TITLE,
        /** The regulation's 目次 (target null): 目次中「第２章　管理体制（第５条―第10条）」を… */
        CONTENTS
    }

    /** How one pair of words changes. */
    enum Mode {
        /** 「A」を「B」に改める. */
        REPLACE,
        /** 「A」を削る. */
        DELETE,
        /** 「A」の下に「B」を加える. */
        INSERT_AFTER
    }

    /** One 字句 change: {@code from} is the quoted string the text must contain; for INSERT_AFTER, the anchor. */
    record Words(String from, String to, Mode mode) {
    }

    /** 字句の改正 in a provision (中「A」を「B」に改め、「C」を削る): every occurrence in the scope changes. */
    record WordChange(Target target, Part part, List<Words> words) implements Edit {
        public WordChange {
            words = List.copyOf(words);
        }
    }

    /** 全部改正: 第５条を次のように改める (with its 見出し when {@code withCaption}); 第７条　削除 included. */
    /** 別表第１を次のように改める: an appendix set out anew, found by its title (別表第１, 別記, 様式第２号). */
    record Appendix(String title, List<String> lines) implements Edit {
        public Appendix {
            lines = List.copyOf(lines);
        }

        @Override
        public Target target() {
            return null;
        }
    }

    record Rewrite(Target target, boolean withCaption, List<String> lines) implements Edit {
        public Rewrite {
            lines = List.copyOf(lines);
        }

        @Override
        public boolean hasBlock() {
            return true;
        }
    }

    /** 削る: the provision goes, and the numbers after it stay until renumbered. */
    record Remove(Target target) implements Edit {
    }

    /** 第12号を第13号とし. */
    record Renumber(Target target, String newNum) implements Edit {
    }

    /** 第５号から第11号までを１号ずつ繰り下げ ({@code by > 0}) or 繰り上げ ({@code by < 0}). */
    record Shift(Target target, Target last, int by) implements Edit {
    }

    /** Where added provisions go. */
    enum Placement {
        /** 第７号の次に. */
        AFTER,
        /** 第１号の前に. */
        BEFORE,
        /** 第５条に (after its last provision of the kind). */
        END_OF
    }

    /** 第７号の次に次の１号を加える: {@code count} provisions of {@code kind}, set out in {@code lines}. */
    record Add(Target target, Placement placement, ProvisionKind kind, int count, List<String> lines) implements Edit {
        public Add {
            lines = List.copyOf(lines);
        }

        @Override
        public boolean hasBlock() {
            return true;
        }
    }

    /**
     * 第５条の見出しを「（B）」に改める ({@code replaces}), 第５条に見出しとして「（B）」を付する (not
     * {@code replaces}); {@code caption} empty: 第５条の見出しを削る.
     */
    record Caption(Target target, String caption, boolean replaces) implements Edit {
    }
}
