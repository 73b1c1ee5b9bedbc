package org.regkit.cli;

import java.util.stream.Collectors;
import org.regkit.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What picocli found wrong with a command line, in the catalogue's words: picocli words its
 * messages in English only, so the kinds a user meets (an unknown option, a missing argument, a
 * value that is not one of the choices) are said again from the catalogue; any other keeps
 * picocli's wording after the catalogue's.
 */
final class ParseErrors {
    private ParseErrors() {
    }

    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return Messages.text(first.startsWith("-") ? "usage.unknown-option" : "usage.unmatched", first);
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return Messages.text("usage.missing", m.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining(", ")));
        }
        if (ex.getArgSpec() != null && ex.getArgSpec().completionCandidates() != null && ex.getValue() != null
                && String.valueOf(ex.getMessage()).startsWith("Invalid value")) {
            String choices = String.join(", ", ex.getArgSpec().completionCandidates());
            return Messages.text("usage.not-a-choice", name(ex.getArgSpec()), ex.getValue(), choices);
        }
        return Messages.text("usage.other", ex.getMessage());
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return a instanceof PositionalParamSpec p ? p.paramLabel() : a.toString();
    }
}
