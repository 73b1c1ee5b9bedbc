package org.regkit.register;

import org.regkit.io.Problem;
import org.regkit.io.Severity;
import org.xml.sax.Locator;

/**
 * A register as read from a file: the bound objects, each of which knows the line and column of
 * its element, so that every problem can name them.
 */
public final class LoadedRegister {
    private final String file;
    private final RegisterDoc register;
    /** The file as read, so that an edit can change only what it must (null for a register built in memory). */
    private final byte[] source;

    LoadedRegister(String file, RegisterDoc register) {
        this(file, register, null);
    }

    LoadedRegister(String file, RegisterDoc register, byte[] source) {
        this.file = file;
        this.register = register;
        this.source = source;
    }

    /** The bytes of the file as it was read, or null. */
    byte[] source() {
        return source;
    }

    public String file() {
        return file;
    }

    public RegisterDoc register() {
        return register;
    }

    /** A problem located where a bound object's element starts (the register's root for null). */
    public Problem problem(Object bound, Severity severity, String message) {
        Object at = bound == null ? register : bound;
        if (at instanceof Located located && located.source != null && !located.source.isBlank()) {
            return new Problem(located.source, 0, 0, severity, message); // the spreadsheet's cell, where it was typed
        }
        Locator l = at instanceof Located located ? located.locator() : null;
        return new Problem(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber(), severity, message);
    }
}
