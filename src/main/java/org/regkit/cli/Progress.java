package org.regkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr for work that runs longer than a couple of seconds: silent below the
 * threshold, then "regkit: rendering PDF … 12 s" every few seconds. Standard output (JSON, text)
 * is never touched; {@code --quiet} turns it off.
 */
final class Progress implements AutoCloseable {
    static final long THRESHOLD_MS = 2000;
    static final long EVERY_MS = 5000;

    private final ScheduledExecutorService timer;
    private final long start = System.nanoTime();

    private Progress(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts reporting {@code what} after {@code thresholdMs}; a no-op when quiet. */
    static Progress start(String what, PrintWriter err, boolean quiet, long thresholdMs) {
        return start(() -> what, err, quiet, thresholdMs);
    }

    /** Starts reporting what {@code what} says at each report (checked 120 of 8,541 files); a no-op when quiet. */
    static Progress start(java.util.function.Supplier<String> what, PrintWriter err, boolean quiet, long thresholdMs) {
        if (quiet) {
            return new Progress(null);
        }
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "regkit-progress");
            th.setDaemon(true);
            return th;
        });
        Progress p = new Progress(t);
        t.scheduleAtFixedRate(() -> {
            err.println("regkit: " + what.get() + " … " + (System.nanoTime() - p.start) / 1_000_000_000 + " s");
            err.flush();
        }, thresholdMs, EVERY_MS, TimeUnit.MILLISECONDS);
        return p;
    }

    static Progress start(String what, PrintWriter err, boolean quiet) {
        return start(what, err, quiet, THRESHOLD_MS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
