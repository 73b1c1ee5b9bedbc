package org.regkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regkit.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regkit demo}: the main job on the bundled regulations, into {@code out/}; see {@link Demo}. */
@Command(name = "demo")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--home", paramLabel = "DIR")
    Path home;
    @Option(names = {"-o", "--out"}, paramLabel = "DIR")
    Path out;
    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() throws Exception {
        Path root = home != null ? home : Path.of(System.getProperty("regkit.home", "."));
        PrintWriter say = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // both streams flushed line by line, so that a terminal shows them in the order they happened
        boolean clean = new Demo(root, out != null ? out : root.resolve("out"), fonts.options(), line -> {
            say.println(line);
            say.flush();
        }, problem -> {
            err.println(problem);
            err.flush();
        }).run();
        return clean ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
