package org.regkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a command as its own process, the way a user would (cold JVM), and measures its wall time
 * and peak memory (maximum resident set size, from GNU time).
 */
public record ColdRun(double seconds, long peakKb, int exitCode, String stderr) {

    public static ColdRun of(List<String> command) throws IOException, InterruptedException {
        return of(command, java.util.Map.of());
    }

    /** As {@link #of(List)}, with extra environment variables (REGKIT_JAVA_OPTS for the launcher, say). */
    public static ColdRun of(List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
        Path report = Files.createTempFile("regkit-time", ".txt");
        List<String> cmd = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%e %M"));
        }
        cmd.addAll(command);
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        long peak = -1;
        if (gnuTime) {
            String[] parts = Files.readString(report).strip().split("\\s+");
            wall = Double.parseDouble(parts[parts.length - 2]);
            peak = Long.parseLong(parts[parts.length - 1]);
        }
        Files.deleteIfExists(report);
        return new ColdRun(wall, peak, code, err);
    }

    /** The median run of several (by wall time); fails on a non-zero exit. */
    public static ColdRun median(int runs, List<String> command) throws IOException, InterruptedException {
        return median(runs, command, java.util.Map.of(), 0);
    }

    /**
     * The median run of several (by wall time), with extra environment variables; fails on an exit
     * code above {@code highestExit} (1 for a diff, which exits 1 when the versions differ).
     */
    public static ColdRun median(int runs, List<String> command, java.util.Map<String, String> env, int highestExit)
            throws IOException, InterruptedException {
        return medians(runs, highestExit, new Command(command, env))[0];
    }

    /** A command line and the environment variables it runs with. */
    public record Command(List<String> args, java.util.Map<String, String> env) {
    }

    /**
     * The median run of each command (by wall time), the commands run in turn (a, b, a, b …), so
     * that a machine that slows down or speeds up while it measures weighs on each alike; fails on an
     * exit code above {@code highestExit}.
     */
    public static ColdRun[] medians(int runs, int highestExit, Command... commands) throws IOException, InterruptedException {
        ColdRun[][] all = new ColdRun[commands.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < commands.length; c++) {
                ColdRun r = of(commands[c].args(), commands[c].env());
                if (r.exitCode() > highestExit) {
                    throw new IllegalStateException(String.join(" ", commands[c].args()) + " exited " + r.exitCode() + ": " + r.stderr());
                }
                all[c][i] = r;
            }
        }
        ColdRun[] out = new ColdRun[commands.length];
        for (int c = 0; c < commands.length; c++) {
            Arrays.sort(all[c], (a, b) -> Double.compare(a.seconds(), b.seconds()));
            out[c] = all[c][runs / 2];
        }
        return out;
    }

    /** The java launcher of the running JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
