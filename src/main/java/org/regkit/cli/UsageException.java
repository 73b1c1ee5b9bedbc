package org.regkit.cli;

/** A command was used wrongly in a way picocli cannot see (e.g. a bad option value). Exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
