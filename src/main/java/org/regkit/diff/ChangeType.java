package org.regkit.diff;

import java.util.Locale;

/** What happened to a provision between two versions. */
public enum ChangeType {
    /** New in the new version (新設). */
    ADDED,
    /** Gone from the new version (削る), or emptied to 削除 with its number kept. */
    REMOVED,
    /** Same provision, same number, different text. */
    MODIFIED,
    /** Same provision under another number (繰上げ・繰下げ); its text may also have changed. */
    RENUMBERED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
