package org.regkit.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.regkit.l10n.Messages;

/**
 * The reason an I/O operation failed, in words a user can act on: the JDK's file exceptions carry
 * only a path as their message ({@code /tmp/x/out.html}), which says nothing about what went wrong.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** Why {@code e} happened: "permission denied", "no such file or folder: …", "No space left on device". */
    public static String reason(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        if (e instanceof NoSuchFileException) {
            return withFile(Messages.text("io.no-such-file"), file);
        }
        if (e instanceof AccessDeniedException) {
            return withFile(Messages.text("io.permission-denied"), file);
        }
        if (e instanceof FileAlreadyExistsException) {
            return withFile(Messages.text("io.in-the-way"), file);
        }
        if (e instanceof NotDirectoryException) {
            return withFile(Messages.text("io.not-a-folder"), file);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return withFile(fs.getReason(), file);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? Messages.text("io.error") : m;
    }

    private static String withFile(String reason, String file) {
        return file == null ? reason : Messages.text("io.reason-file", reason, file);
    }
}
