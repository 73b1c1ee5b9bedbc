package org.regkit;

import org.regkit.l10n.Messages;

/**
 * What the files of a corpus check came to so far: how many were clean, had warnings only, had
 * errors, or could not be read, and how many problems of each severity. Fed in input order from
 * {@link Regkit#checkAll}; {@link #files()} may be read from another thread (a progress line).
 */
public final class CheckTally {
    private volatile int files;
    private int clean;
    private int withWarnings;
    private int withErrors;
    private int unreadable;
    private long errors;
    private long warnings;

    /** Counts one file's result. */
    public void add(Regkit.FileCheck r) {
        long w = r.warnings();
        errors += r.problems().size() - w;
        warnings += w;
        if (r.unreadable()) {
            unreadable++;
        }
        if (r.hasErrors()) {
            withErrors++;
        } else if (w > 0) {
            withWarnings++;
        } else {
            clean++;
        }
        files++;
    }

    public int files() {
        return files;
    }

    public int unreadable() {
        return unreadable;
    }

    public int withErrors() {
        return withErrors;
    }

    public int withWarnings() {
        return withWarnings;
    }

    /** {@code 8,541 files: 3,052 clean, 5,489 with warnings only, 0 with errors (0 unreadable); 0 errors, 77,445 warnings}. */
    public String summary() {
        return Messages.text("check.summary", grouped(files), grouped(clean), grouped(withWarnings), grouped(withErrors),
                grouped(unreadable), grouped(errors), grouped(warnings));
    }

    private static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
