package org.regkit.register;

import jakarta.xml.bind.Binder;
import org.regkit.xml.Locations;
import org.regkit.xml.Problem;
import org.regkit.xml.Severity;
import org.w3c.dom.Node;

/**
 * A register as read from a file: the bound objects, and the link from each object back to the
 * element it came from, so that every problem can name its line and column.
 */
public final class LoadedRegister {
    private final String file;
    private final RegisterDoc register;
    private final Binder<Node> binder;

    LoadedRegister(String file, RegisterDoc register, Binder<Node> binder) {
        this.file = file;
        this.register = register;
        this.binder = binder;
    }

    /** A register built in memory (from CSV, or by a test): problems carry no position. */
    public static LoadedRegister inMemory(String file, RegisterDoc register) {
        return new LoadedRegister(file, register, null);
    }

    public String file() {
        return file;
    }

    public RegisterDoc register() {
        return register;
    }

    /** A problem located at the element a bound object came from (the register's root for null). */
    public Problem problem(Object bound, Severity severity, String message) {
        Node node = binder == null ? null : binder.getXMLNode(bound == null ? register : bound);
        return new Problem(file, Locations.line(node), Locations.column(node), severity, message);
    }
}
