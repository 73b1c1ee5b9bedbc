package org.regkit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files the running command has read: whatever reads a file for a command (a regulation, the
 * version a folder gives, a register, a font, a font configuration) notes it here, and
 * {@link AtomicOutput} refuses an output that is one of them. One place decides, so that a new
 * input cannot be forgotten. A command runs inside a {@link #scope()}; threads it starts share it.
 */
public final class ReadFiles {
    private static final InheritableThreadLocal<Set<Path>> CURRENT = new InheritableThreadLocal<>();

    private ReadFiles() {
    }

    /** A scope for one command: the files read until it is closed. */
    public static final class Scope implements AutoCloseable {
        private final Set<Path> previous;

        private Scope(Set<Path> previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Starts recording the files read on this thread and the threads it starts. */
    public static Scope scope() {
        Set<Path> previous = CURRENT.get();
        CURRENT.set(ConcurrentHashMap.newKeySet());
        return new Scope(previous);
    }

    /** Notes that a file was read (nothing happens outside a scope). */
    public static void note(Path file) {
        Set<Path> read = CURRENT.get();
        if (read != null && file != null) {
            read.add(file.toAbsolutePath().normalize());
        }
    }

    /** The files read so far in this scope. */
    static List<Path> all() {
        Set<Path> read = CURRENT.get();
        return read == null ? List.of() : List.copyOf(read);
    }

    /** True when {@code a} and {@code b} are the same file: the same path, a hard link, a symlink, a path with "..". */
    static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
