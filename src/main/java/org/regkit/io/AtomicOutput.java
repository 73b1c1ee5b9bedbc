package org.regkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a failure never leaves a partial or clobbered file: the content goes
 * to a temporary file beside the target, which is moved over the target only when complete. An
 * output path that names one of the command's inputs is refused.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Writes content produced by {@code writer} to {@code target}. */
    public interface Writer {
        void write(OutputStream out) throws Exception;
    }

    /** Temporary files are created owner-only; an output file gets the usual rw-r--r--. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path target, byte[] content, Path... inputs) throws IOException {
        try {
            write(target, (Writer) out -> out.write(content), inputs);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes what {@code writer} produces; whatever it throws is rethrown and the target left as it was. */
    public static void write(Path target, Writer writer, Path... inputs) throws Exception {
        Path abs = target.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in != null && Files.exists(in) && Files.exists(abs) && Files.isSameFile(in, abs)) {
                throw new IOException("refusing to overwrite the input file " + in + " with output");
            }
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        readableByAll(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
