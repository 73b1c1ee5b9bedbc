package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.regkit.Regkit;
import org.regkit.io.Problem;
import picocli.CommandLine.Model.CommandSpec;

/** How commands hand results to the user: a file when {@code -o} is given, else standard output; problems on standard error. */
final class Emit {
    private Emit() {
    }

    /** Writes {@code bytes} to {@code output} (atomically, never over one of {@code inputs}), or to standard output when it is null. */
    static void bytes(CommandSpec spec, Path output, byte[] bytes, Path... inputs) throws java.io.IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        } else {
            Regkit.write(output, bytes, inputs);
        }
    }

    /** Prints each problem on standard error, in the compilers' {@code FILE:LINE:COL: severity: message} form. */
    static void problems(CommandSpec spec, List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.flush();
    }
}
