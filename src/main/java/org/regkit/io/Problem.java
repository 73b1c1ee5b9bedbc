package org.regkit.io;

/**
 * One thing wrong with an input, with the place it was found.
 *
 * <p>Printed as {@code FILE:LINE:COL: error|warning: message}, the format compilers use, so that
 * editors can jump to it. Line and column are 1-based; 0 means unknown, and then the place is
 * printed as the file alone ({@code FILE: error: message}), never as a made-up {@code FILE:0:0}.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    /** An error about a whole file, with no line to point at. */
    public static Problem error(String file, String message) {
        return error(file, 0, 0, message);
    }

    /** A warning about a whole file, with no line to point at. */
    public static Problem warning(String file, String message) {
        return warning(file, 0, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String place = line > 0 ? file + ":" + line + ":" + column : file;
        return place + ": " + severity.word() + ": " + message;
    }
}
