package org.regkit.io;

import java.util.List;
import org.regkit.l10n.Messages;

/**
 * The input cannot be used: every problem found is carried, not only the first.
 *
 * <p>{@link #isUnreadable()} separates input that could not be read at all (missing file, wrong
 * encoding, malformed XML: exit code 3) from input that was read and found wrong (exit code 1).
 */
public class InputException extends Exception {
    private final transient List<Problem> problems;
    private final boolean unreadable;

    public InputException(List<Problem> problems, boolean unreadable) {
        super(problems.isEmpty() ? Messages.text("io.invalid-input") : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.unreadable = unreadable;
    }

    public InputException(Problem problem, boolean unreadable) {
        this(List.of(problem), unreadable);
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isUnreadable() {
        return unreadable;
    }
}
