package org.regkit.cli;

import org.regkit.l10n.Messages;
import org.regkit.render.Stylesheet;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import picocli.CommandLine;

/**
 * The command line. {@link #run} is what tests call; {@link #main} only adds System.exit.
 * Exceptions become exit codes here and nowhere else.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            compileSchemaMeanwhile(); // first of all: it takes longer than everything else before the input is read
        }
        quietLibraryLogging();
        if (args.length > 0 && RegkitCommand.SUBCOMMANDS.containsKey(args[0])) {
            compileStylesheetMeanwhile(args);
        }
        System.exit(run(System.out, System.err, args));
    }

    /**
     * POI logs through Log4j's API, which, with no logging behind it, prints "could not find a logging
     * provider" on standard output: in regkit's own process nothing a library logs reaches the user
     * (what matters comes back as problems). A library user's own logging set-up is left alone.
     */
    private static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", System.getProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("org.apache.logging.log4j.simplelog.level", System.getProperty("org.apache.logging.log4j.simplelog.level", "OFF"));
        System.setProperty("log4j2.statusLoggerLevel", System.getProperty("log4j2.statusLoggerLevel", "OFF"));
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
        Stylesheet needed = switch (args[0]) {
            case "render" -> pdf || a.contains("fo") ? Stylesheet.REGULATION_FO : html ? Stylesheet.REGULATION_HTML : null;
            case "dossier" -> pdf ? Stylesheet.DOSSIER_FO : Stylesheet.DOSSIER_HTML;
            case "diff" -> pdf ? Stylesheet.COMPARISON_FO : html ? Stylesheet.COMPARISON_HTML : null;
            case "amend" -> pdf ? Stylesheet.AMENDMENT_FO : html ? Stylesheet.AMENDMENT_HTML : null;
            default -> null; // the other commands render nothing
        };
        if (needed != null) {
            org.regkit.Regkit.prepare(needed);
        }
    }

    /**
     * Compiles the regulation schema on the second core while picocli reads the command line:
     * nearly every command loads a regulation, and the two take about as long.
     */
    private static void compileSchemaMeanwhile() {
        Thread t = new Thread(org.regkit.Regkit::prepareLoading, "schema");
        t.setDaemon(true);
        t.start();
    }

    /** Runs regkit with the given streams and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine(o, e, args);
        int code;
        try (org.regkit.io.ReadFiles.Scope inputs = org.regkit.io.ReadFiles.scope()) {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError error) {
            code = failure(error, e);
        }
        o.flush();
        if ((o.checkError() || out.checkError()) && code < ExitCode.IO) {
            // a full disk or a closed pipe: the output is lost, and saying "ok" would hide it
            e.println("regkit: " + Messages.text("cli.stdout-lost"));
            code = ExitCode.IO;
        }
        e.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RegkitCommand());
        RegkitCommand.attach(cl, args);
        HelpBundle.attachWhenAsked(cl, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(ex -> ExitCode.INTERNAL);
        cl.setParameterExceptionHandler((ex, given) -> {
            err.println("regkit: " + ParseErrors.message(ex));
            HelpBundle.usage(ex.getCommandLine(), err);
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, err));
        return cl;
    }

    /**
     * Prints what went wrong, the way the user can act on it, and picks the exit code: problems with
     * their place for an input regkit cannot use, the reason for a file that cannot be read or
     * written (a full disk, a missing folder), one line for exhausted memory. Whatever the library
     * wrapped it in (Saxon, FOP), the cause decides. Only a bug in regkit is an internal error; its
     * stack trace is printed when REGKIT_DEBUG is set, for the report.
     */
    static int failure(Throwable ex, PrintWriter err) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException ie) {
                for (Problem p : ie.problems()) {
                    err.println(p);
                }
                return ie.isUnreadable() ? ExitCode.IO : ExitCode.FINDINGS;
            }
            if (t instanceof UsageException) {
                err.println("regkit: " + t.getMessage());
                return ExitCode.USAGE;
            }
            if (t instanceof OutOfMemoryError) {
                err.println("regkit: " + Messages.text("cli.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
                return ExitCode.IO;
            }
            if (t instanceof StackOverflowError) {
                err.println("regkit: " + Messages.text("cli.too-deep"));
                return ExitCode.IO;
            }
            if (t instanceof IOException io) {
                err.println("regkit: " + (io.getCause() instanceof IOException || io.getMessage() != null && io.getMessage().startsWith("cannot ")
                        ? io.getMessage() : org.regkit.io.IoErrors.reason(io)));
                return ExitCode.IO;
            }
        }
        String what = ex.getMessage() == null ? "" : ex.getMessage().replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
        err.println("regkit: " + Messages.text("cli.internal-error", what));
        if (System.getenv("REGKIT_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }
}
