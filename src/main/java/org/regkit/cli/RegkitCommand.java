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
    /**
     * Every subcommand by name, in the order help lists them. The names are written here again rather
     * than read from each class's annotation, which cost 20 ms of every start (MainTest holds the two
     * alike).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("import", ImportCommand.class);
        SUBCOMMANDS.put("amend", AmendCommand.class);
        SUBCOMMANDS.put("validate", ValidateCommand.class);
        SUBCOMMANDS.put("cite", CiteCommand.class);
        SUBCOMMANDS.put("export", ExportCommand.class);
        SUBCOMMANDS.put("render", RenderCommand.class);
        SUBCOMMANDS.put("bind", BindCommand.class);
        SUBCOMMANDS.put("dossier", DossierCommand.class);
        SUBCOMMANDS.put("diff", DiffCommand.class);
        SUBCOMMANDS.put("migrate-register", MigrateRegisterCommand.class);
        SUBCOMMANDS.put("refs", RefsCommand.class);
        SUBCOMMANDS.put("terms", TermsCommand.class);
        SUBCOMMANDS.put("demo", DemoCommand.class);
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
