package org.regkit.cli;

import picocli.CommandLine.Command;

/** The top-level command: only lists the subcommands. */
@Command(name = "regkit", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT, version = "regkit 0.1.0",
        description = "A regulation kept as data: import, validate, cite, export.",
        subcommands = {ImportCommand.class, ValidateCommand.class, CiteCommand.class, ExportCommand.class, RenderCommand.class,
                BindCommand.class, DossierCommand.class, DiffCommand.class, MigrateRegisterCommand.class,
                RefsCommand.class, TermsCommand.class,
                DemoCommand.class})
public final class RegkitCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
