package org.regkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import org.regkit.l10n.Messages;

/**
 * Writes output files so that a failure never leaves a partial or clobbered file: the content goes
 * to a temporary file beside the target, which is moved over the target only when complete and
 * synced. An output that is one of the command's inputs — named here or read through
 * {@link ReadFiles}, before the output was produced or while it was — is refused. A target that is no regular file (a device, a FIFO: /dev/null)
 * is written through, never replaced; a symlink to a regular file has its target replaced, the
 * link kept. A new file gets the mode the umask gives; a replaced file keeps its mode.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Writes content produced by {@code writer} to {@code target}. */
    public interface Writer {
        void write(OutputStream out) throws Exception;
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
        refuseInputs(target, abs, inputs);
        if (Files.isDirectory(abs)) {
            throw new IOException(Messages.text("output.folder", target));
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            writeThrough(target, abs, writer); // a device or FIFO: replacing it would destroy it
            return;
        }
        Path real = Files.isSymbolicLink(abs) && Files.exists(abs) ? abs.toRealPath() : abs;
        Path dir = real.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(Messages.text("output.no-folder", target, dir, IoErrors.reason(e)), e);
        }
        TempFiles.removeStale(dir);
        Path tmp = TempFiles.create(dir);
        try {
            keepMode(real, tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true); // on disk before it replaces anything
            }
            refuseInputs(target, abs, inputs); // again: producing the output read more (the fonts a PDF embeds)
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(Messages.text("output.cannot-write", target, IoErrors.reason(e)), e);
        } finally {
            TempFiles.delete(tmp);
        }
    }

    private static void refuseInputs(Path target, Path abs, Path... inputs) throws IOException {
        List<Path> all = new ArrayList<>(ReadFiles.all());
        for (Path in : inputs) {
            if (in != null) {
                all.add(in);
            }
        }
        for (Path in : all) {
            if (ReadFiles.same(in, abs)) {
                throw new IOException(Messages.text("output.is-input", target, in));
            }
        }
    }

    /** Writes straight into a device or FIFO, which cannot be replaced atomically and must not be. */
    private static void writeThrough(Path target, Path abs, Writer writer) throws Exception {
        try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
            writer.write(out);
            out.flush();
        } catch (IOException e) {
            throw new IOException(Messages.text("output.cannot-write", target, IoErrors.reason(e)), e);
        }
    }

    /** A file replaced keeps its mode (0600 stays 0600); a new one has what the umask gave the temporary file. */
    private static void keepMode(Path real, Path tmp) throws IOException {
        if (Files.exists(real) && Files.getFileAttributeView(real, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(real));
        }
    }
}
