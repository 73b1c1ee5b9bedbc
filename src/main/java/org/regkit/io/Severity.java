package org.regkit.io;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The input is wrong; the command fails with exit code 1 (or 3 for unreadable input). */
    ERROR,
    /** The input is usable but probably not what the author meant. */
    WARNING,
    /** Worth knowing, not wrong (a category no system falls under). */
    NOTE;

    /** The word printed in a problem line: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
