package org.regkit.cli;

import picocli.CommandLine.Option;
import org.regkit.l10n.Messages;

/** {@code --format text|json} for the commands that list what they found (a picocli mixin). */
public final class ListingFormat {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    String format;

    /** True for json, false for text; anything else is a usage error. */
    boolean json() throws UsageException {
        return switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new UsageException(Messages.text("cli.format-text-or-json"));
        };
    }
}
