package org.regkit.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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
            return "no such file or folder" + (file == null ? "" : ": " + file);
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + (file == null ? "" : ": " + file);
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way" + (file == null ? "" : ": " + file);
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder" + (file == null ? "" : ": " + file);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (file == null ? "" : ": " + file);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }
}
