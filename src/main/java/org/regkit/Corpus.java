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

    /** The XML files the inputs name: a file as given; below a folder, the {@code .xml} files that hold a law, sorted. */
    static Regkit.Selection files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(in)) {
                    found = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml")).sorted().toList();
                }
                for (Path p : found) {
                    (holdsLaw(p) ? out : skipped).add(p);
                }
            } else {
                out.add(in);
            }
        }
        return new Regkit.Selection(List.copyOf(out), List.copyOf(skipped));
    }

    /**
     * Whether a file found in a folder is a law: its root is {@code Law}, or an e-Gov API response.
     * A folder of versions also holds a register, stylesheets, anything: those are not checked as
     * regulations. A file that cannot be read as XML is checked, so that its error is reported.
     */
    private static boolean holdsLaw(Path file) {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (var in = Files.newInputStream(file)) {
            var r = f.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                        String root = r.getLocalName();
                        return root.equals("Law") || org.regkit.ingest.EgovXml.isResponseRoot(root);
                    }
                }
                return true;
            } finally {
                r.close();
            }
        } catch (IOException | javax.xml.stream.XMLStreamException e) {
            return true;
        }
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
