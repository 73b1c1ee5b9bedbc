package org.regkit.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;
import org.regkit.l10n.Messages;

/**
 * The command line's help, from the catalogue: picocli asks a resource bundle for each command's
 * description ({@code regkit.render.usage.description}), each option's ({@code regkit.render.format},
 * or {@code font} for one every command describes alike) and the headings, and this bundle answers
 * with the catalogue's {@code help.…} entries in the command line's language. A line break in an
 * entry is a line break in the help. Reading it costs a run that prints no help a few hundredths
 * of a second, so it is attached only when help is printed ({@link #usage}, {@link #attachWhenAsked}).
 */
final class HelpBundle extends java.util.ResourceBundle {
    private static final String PREFIX = "help.";
    private final Set<String> keys = Messages.keys(PREFIX).stream()
            .map(k -> k.substring(PREFIX.length())).collect(Collectors.toUnmodifiableSet());

    /** Prints {@code cl}'s usage, in the catalogue's words. */
    static void usage(picocli.CommandLine cl, java.io.PrintWriter out) {
        picocli.CommandLine root = cl;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        root.setResourceBundle(new HelpBundle());
        cl.usage(out);
    }

    /** Attaches the help when the command line asks picocli for it ({@code --help}, {@code -h}, or nothing at all). */
    static void attachWhenAsked(picocli.CommandLine cl, String... args) {
        if (args.length == 0 || java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"))) {
            cl.setResourceBundle(new HelpBundle());
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        // picocli formats these texts: a line break becomes its %n, a per cent sign stays one
        return keys.contains(key) ? Messages.text(PREFIX + key).replace("%", "%%").replace("%%n", "%n").replace("\n", "%n") : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }
}
