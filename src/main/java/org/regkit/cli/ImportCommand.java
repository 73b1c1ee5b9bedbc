package org.regkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code regkit import text|html|egov|register FILE -o OUT.xml}. */
@Command(name = "import",
        subcommands = {ImportRegulation.Text.class, ImportRegulation.Html.class, ImportRegulation.Egov.class,
                ImportRegister.class})
public final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        HelpBundle.usage(spec.commandLine(), spec.commandLine().getErr());
    }
}
