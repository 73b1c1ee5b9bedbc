package org.regkit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.regkit.Regkit;
import org.regkit.amend.Amendment;
import org.regkit.l10n.Messages;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Regulation;
import org.regkit.render.PdfOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regkit amend generate OLD NEW} and {@code regkit amend apply BASE AMENDMENT}. */
@Command(name = "amend",
        subcommands = {AmendCommand.Generate.class, AmendCommand.Apply.class})
public final class AmendCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        HelpBundle.usage(spec.commandLine(), spec.commandLine().getErr());
    }

    @Command(name = "generate")
    static final class Generate implements Callable<Integer> {
        enum Format { text, html, pdf }

        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD")
        Path oldFile;
        @Parameters(index = "1", paramLabel = "NEW")
        Path newFile;
        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
        Format format;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT")
        Path output;
        @Mixin
        FontOptions fonts;

        @Override
        public Integer call() throws Exception {
            PdfOptions pdf = fonts.options();
            if (format != Format.text && output == null) {
                throw UsageException.needsOutput(format);
            }
            Regulation[] both = Regkit.loadBoth(oldFile, newFile);
            Amendment a = Regkit.amendment(Regkit.diff(both[0], both[1]));
            String issuer = Regkit.issuer(both[0]);
            switch (format) {
                case text -> Emit.bytes(spec, output, Regkit.amendmentText(a).getBytes(StandardCharsets.UTF_8), oldFile, newFile);
                case html -> Regkit.write(output, out -> Regkit.amendmentHtml(a, issuer, out), oldFile, newFile);
                case pdf -> Regkit.write(output, out -> Emit.problems(spec, Regkit.amendmentPdf(a, issuer, pdf, out)), oldFile, newFile);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "apply")
    static final class Apply implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "BASE")
        Path base;
        @Parameters(index = "1", paramLabel = "AMENDMENT")
        Path amendment;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEW.xml")
        Path output;

        @Override
        public Integer call() throws Exception {
            Regulation reg = Regkit.load(base);
            Regkit.Applied applied = Regkit.applyAmendment(reg, Regkit.readAmendment(amendment, reg), amendment.toString());
            Emit.problems(spec, applied.warnings());
            Regkit.write(output, applied.xml(), base, amendment);
            LocalDate from = applied.regulation().effectiveDate();
            spec.commandLine().getOut().println(from == null ? Messages.text("cli.amend.applied", applied.regulation().all().size())
                    : Messages.text("cli.amend.applied-from", applied.regulation().all().size(), JapaneseDates.forReader(from)));
            return ExitCode.OK;
        }
    }
}
