package org.regkit.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The temporary files output goes through: short names that fit beside any legal output name
 * ({@code .regkit-1a2b3c4d.tmp}), created with the mode the umask gives, removed on every way out —
 * also when the run is interrupted (a shutdown hook) — and, when a killed run left one behind,
 * removed by the next run that writes in that folder once it is an hour old (ours by name, and by
 * owner: never anyone else's files).
 */
final class TempFiles {
    private static final Pattern NAME = Pattern.compile("\\.regkit-[0-9a-f]{8}\\.tmp");
    private static final Duration STALE = Duration.ofHours(1);
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(TempFiles::quietlyDelete), "regkit-temp-cleanup"));
    }

    private TempFiles() {
    }

    /** A new, empty temporary file in {@code dir}. */
    static Path create(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            // a name need only be unlikely to collide, not secret: the file is created only where none
            // exists (O_EXCL), so a name guessed in advance can make a run retry, never redirect its
            // output; hence no SecureRandom, whose providers take 12 ms of every start that writes a file
            Path tmp = dir.resolve(String.format(".regkit-%08x.tmp", java.util.concurrent.ThreadLocalRandom.current().nextInt()));
            try {
                Files.createFile(tmp); // the umask decides its mode, as for any file the user creates
                OPEN.add(tmp);
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    static void delete(Path tmp) {
        quietlyDelete(tmp);
        OPEN.remove(tmp);
    }

    private static void quietlyDelete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing more can be done: the next run in this folder removes it once it is stale
        }
    }

    /** Removes the temporary files a killed run left in {@code dir}: ours by name and owner, an hour old. */
    static void removeStale(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".regkit-*.tmp")) {
            for (Path p : s) {
                if (NAME.matcher(p.getFileName().toString()).matches() && !OPEN.contains(p) && isOld(p, before) && isOurs(p)) {
                    quietlyDelete(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder we cannot list has nothing of ours to tidy
        }
    }

    private static boolean isOld(Path p, Instant before) throws IOException {
        FileTime t = Files.getLastModifiedTime(p);
        return t.toInstant().isBefore(before);
    }

    private static boolean isOurs(Path p) throws IOException {
        return Files.getOwner(p).getName().equals(System.getProperty("user.name"));
    }
}
