package org.regkit.cli;

/** The exit codes of every regkit command (GUIDE §1.3). */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Findings: invalid document, unresolved citations, differences found. */
    public static final int FINDINGS = 1;
    /** Usage error: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** Input/output problem: unreadable, undecodable or malformed input, unwritable output. */
    public static final int IO = 3;
    /** A bug in regkit. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
