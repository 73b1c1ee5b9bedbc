package org.regkit.diff;

import java.util.List;

/**
 * One row of the 新旧対照表: the new text on the left (改正後), the old on the right (改正前), each
 * side as lines of segments, the changed ones underlined (傍線); or one 略 row for unchanged
 * provisions between changed ones.
 *
 * @param newId, oldId the provisions on each side (null for a side that has none, and for 略)
 * @param newSide, oldSide the lines of each side (empty where the side has a placeholder)
 * @param newPlaceholder, oldPlaceholder what stands on a side with no text: {@code added} (the old
 *        side of a new provision) or {@code removed} (the new side of a removed one); else null
 */
public record ComparisonRow(Kind kind, String newId, String oldId, List<Line> newSide, List<Line> oldSide,
                            String newPlaceholder, String oldPlaceholder) {

    /** What a row shows. */
    public enum Kind {
        /** A provision (or title, heading, appendix) whose text changed or that was renumbered. */
        CHANGED,
        /** New in the new version: the old side holds a placeholder. */
        ADDED,
        /** Gone from the new version: the new side holds a placeholder. */
        REMOVED,
        /** Unchanged provisions between changed ones, shown as 略. */
        OMITTED;

        /** The word used in XML: {@code changed}, {@code omitted}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A printed line: its indent (0 for an article's paragraphs, one more per list level) and its segments. */
    public record Line(int indent, List<Segment> segments) {
    }

    /**
     * A piece of text, underlined when it is what changed; or, when {@code omitted}, the 略 that stands
     * for the unchanged text of a paragraph or item (its words are the stylesheets' to choose).
     */
    public record Segment(String text, boolean underlined, boolean omitted) {
        public Segment(String text, boolean underlined) {
            this(text, underlined, false);
        }
    }

    static ComparisonRow omitted() {
        return new ComparisonRow(Kind.OMITTED, null, null, List.of(), List.of(), null, null);
    }
}
