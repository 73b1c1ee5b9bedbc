package org.regkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: only lists the subcommands. They are added by {@link #attach} rather than
 * declared in the annotation, so that a run builds the model of the one it needs: picocli reads
 * every declared subcommand's annotations at start-up, a fifth of a second of a one-second validate.
 */
@Command(name = "regkit", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT, version = "regkit 0.1.0")
public final class RegkitCommand implements Runnable {
    /** Every subcommand by name, in the order help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        for (Class<?> c : new Class<?>[] {ImportCommand.class, AmendCommand.class, ValidateCommand.class, CiteCommand.class, ExportCommand.class,
                RenderCommand.class, BindCommand.class, DossierCommand.class, DiffCommand.class, MigrateRegisterCommand.class,
                RefsCommand.class, TermsCommand.class, DemoCommand.class}) {
            SUBCOMMANDS.put(c.getAnnotation(Command.class).name(), c);
        }
    }

    /** Adds the subcommand {@code args} start with, or all of them when they name none (help, version, a typo). */
    static void attach(CommandLine top, String... args) {
        Class<?> wanted = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        SUBCOMMANDS.forEach((name, c) -> {
            if (wanted == null || wanted == c) {
                top.addSubcommand(name, c);
            }
        });
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        HelpBundle.usage(spec.commandLine(), spec.commandLine().getOut());
    }
}
