package org.regkit.io;

/**
 * One thing wrong with an input, with the place it was found.
 *
 * <p>Printed as {@code FILE:LINE:COL: error|warning: message}, the format compilers use, so that
 * editors can jump to it. Line and column are 1-based; 0 means unknown.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
    }
}
