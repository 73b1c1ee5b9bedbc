package org.regkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.regkit.Regkit;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Regulation;
import org.regkit.register.Binding;
import org.regkit.register.LoadedRegister;
import org.regkit.io.InputException;
import picocli.CommandLine.Option;

/** The inputs of every command that binds a register to a regulation (a picocli mixin). */
public final class RegisterOptions {
    @Option(names = "--regulation", required = true, paramLabel = "R.xml")
    Path regulation;
    @Option(names = "--register", required = true, paramLabel = "S.xml")
    Path register;
    @Option(names = "--as-of", paramLabel = "DATE")
    String asOf;

    /** The bound register and the day it was judged on. */
    record Bound(Binding binding, LocalDate asOf) {
    }

    Bound bind() throws InputException, UsageException, java.io.IOException {
        LocalDate requested = null;
        if (asOf != null) {
            try {
                requested = JapaneseDates.parseAny(asOf);
            } catch (RuntimeException e) {
                throw new UsageException(Messages.text("cli.option-value", "--as-of", e.getMessage()));
            }
        }
        LoadedRegister loaded = Regkit.loadRegister(register);
        LocalDate day = Regkit.asOf(requested, loaded);
        Regulation reg = Regkit.load(Regkit.versionInForce(regulation, day));
        return new Bound(Regkit.bind(reg, loaded, day), day);
    }
}
