package org.regkit.cli;

import java.time.LocalDate;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;

/** Reads an {@code --as-of} value: ISO (2025-04-01) or an era date (令和７年４月１日); today when absent. */
final class AsOf {
    private AsOf() {
    }

    static LocalDate parse(String value) throws UsageException {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return JapaneseDates.parseAny(value);
        } catch (RuntimeException e) {
            throw new UsageException(Messages.text("cli.option-value", "--as-of", e.getMessage()));
        }
    }
}
