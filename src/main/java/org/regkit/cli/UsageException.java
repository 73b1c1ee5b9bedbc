package org.regkit.cli;

import org.regkit.l10n.Messages;

/** A command was used wrongly in a way picocli cannot see (e.g. a bad option value). Exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }

    /** {@code --format FORMAT} writes a file that cannot go to standard output: it needs {@code -o}. */
    static UsageException needsOutput(Object format) {
        return new UsageException(Messages.text("cli.needs-output", format));
    }
}
