package org.regkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.regkit.xml.InputException;
import org.regkit.xml.Problem;
import picocli.CommandLine;

/**
 * The command line. {@link #run} is what tests call; {@link #main} only adds System.exit.
 * Exceptions become exit codes here and nowhere else.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && RegkitCommand.SUBCOMMANDS.containsKey(args[0])) {
            compileSchemaMeanwhile();
            compileStylesheetMeanwhile(args);
        }
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Starts compiling the stylesheet a rendering command will need before picocli has read the
     * command line: compiling it is the largest part of a short render, and the commands' own
     * requests for it then find it under way.
     */
    private static void compileStylesheetMeanwhile(String... args) {
        java.util.List<String> a = java.util.List.of(args);
        boolean pdf = a.contains("pdf") || a.contains("--format=pdf") || a.stream().anyMatch(s -> s.endsWith(".pdf"));
        boolean html = a.contains("html") || a.contains("--format=html") || a.stream().anyMatch(s -> s.endsWith(".html"));
        switch (args[0]) {
            case "render" -> {
                if (pdf || a.contains("fo")) {
                    org.regkit.Regkit.prepareRendering(true);
                } else if (html) {
                    org.regkit.Regkit.prepareRendering(false);
                }
            }
            case "dossier" -> org.regkit.Regkit.prepareDossier(pdf);
            case "diff" -> {
                if (pdf || html) {
                    org.regkit.Regkit.prepareComparison(pdf);
                }
            }
            default -> {
                // the other commands render nothing
            }
        }
    }

    /**
     * Compiles the regulation schema on the second core while picocli reads the command line:
     * nearly every command loads a regulation, and the two take about as long.
     */
    private static void compileSchemaMeanwhile() {
        Thread t = new Thread(org.regkit.xml.Schemas::regulation, "schema");
        t.setDaemon(true);
        t.start();
    }

    /** Runs regkit with the given streams and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine(o, e, args);
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RegkitCommand());
        RegkitCommand.attach(cl, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(ex -> ExitCode.INTERNAL);
        cl.setParameterExceptionHandler((ex, given) -> {
            err.println("regkit: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, err));
        return cl;
    }

    /** Prints what went wrong, the way the user can act on it, and picks the exit code. */
    static int failure(Exception ex, PrintWriter err) {
        if (ex instanceof InputException ie) {
            for (Problem p : ie.problems()) {
                err.println(p);
            }
            return ie.isUnreadable() ? ExitCode.IO : ExitCode.FINDINGS;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println("regkit: " + ex.getMessage());
            return ExitCode.IO;
        }
        if (ex instanceof UsageException) {
            err.println("regkit: " + ex.getMessage());
            return ExitCode.USAGE;
        }
        err.println("regkit: internal error: " + ex);
        for (StackTraceElement s : ex.getStackTrace()) {
            err.println("    at " + s);
        }
        return ExitCode.INTERNAL;
    }
}
