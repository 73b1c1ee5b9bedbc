package org.regkit.diff;

import java.util.Locale;

/** What an amendment means for one citation of a register. */
public enum Verdict {
    /** The cited provision reads the same under the same number. */
    UNCHANGED,
    /** Pure renumbering: the same text under a new citation, which can be rewritten automatically. */
    MIGRATED,
    /** The cited text changed: someone must check that the system still complies. */
    REVIEW,
    /** The cited provision is gone (削る or 削除): the citation must be replaced by hand. */
    ORPHANED,
    /** The citation did not resolve against the old version in the first place. */
    UNRESOLVED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
