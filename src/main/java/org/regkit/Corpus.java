package org.regkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.regkit.io.InputException;

/**
 * Many regulations at once: files and folders (every {@code .xml} below a folder, in name order),
 * checked in parallel in one JVM, each result handed on in input order as soon as it and all
 * before it are done, so that output stays in order while both cores work.
 */
final class Corpus {
    private Corpus() {
    }

    /** The XML files the inputs name: a file as given, a folder's {@code .xml} files below it, sorted. */
    static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml")).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** Checks every file on {@code threads} threads, handing each result to {@code each} in input order. */
    static void check(List<Path> files, int threads, Consumer<Regkit.FileCheck> each) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "regkit-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Regkit.FileCheck>> pending = new ArrayList<>();
            for (Path f : files) {
                pending.add(pool.submit(() -> one(f)));
            }
            for (Future<Regkit.FileCheck> f : pending) {
                each.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Regkit.FileCheck one(Path file) {
        try {
            Regkit.Checked c = Regkit.check(file);
            return new Regkit.FileCheck(file, c.problems(), c.regulation() == null ? 0 : c.regulation().all().size(), false);
        } catch (InputException e) {
            return new Regkit.FileCheck(file, e.problems(), 0, e.isUnreadable());
        }
    }
}
