package org.regkit.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A regulation's versions side by side in one folder, each file named by the day it takes effect
 * ({@code 2024-06-01.xml}); picks the version in force on a given day.
 */
public final class VersionFolder {
    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*\\.xml");

    private VersionFolder() {
    }

    /** A version file and the day it takes effect. */
    public record Version(Path file, LocalDate effective) {
    }

    /** The versions in a folder, earliest first. */
    public static List<Version> versions(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                return m.matches() ? new Version(p, LocalDate.parse(m.group(1))) : null;
            }).filter(java.util.Objects::nonNull).sorted(Comparator.comparing(Version::effective)).toList();
        }
    }

    /**
     * The file to use: {@code path} itself when it is a file, else the version in force on
     * {@code asOf} (the latest that took effect on or before it). Throws with a message naming the
     * earliest version when none is in force yet.
     */
    public static Path select(Path path, LocalDate asOf) throws IOException, NotInForce {
        if (!Files.isDirectory(path)) {
            return path;
        }
        List<Version> versions = versions(path);
        if (versions.isEmpty()) {
            throw new IOException("no versions (files named like 2024-06-01.xml) in " + path);
        }
        Version chosen = null;
        for (Version v : versions) {
            if (!v.effective().isAfter(asOf)) {
                chosen = v;
            }
        }
        if (chosen == null) {
            throw new NotInForce("no version of " + path + " is in force on " + asOf + " (" + JapaneseDates.format(asOf)
                    + "): the earliest, " + versions.get(0).file().getFileName() + ", takes effect on " + versions.get(0).effective());
        }
        return chosen.file();
    }

    /** No version of the regulation was in force on the day asked for. */
    public static final class NotInForce extends Exception {
        public NotInForce(String message) {
            super(message);
        }
    }
}
