package org.regkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.regkit.l10n.Messages;
import org.regkit.xml.SecureXml;

/**
 * A regulation's versions side by side in one folder; picks the version in force on a given day.
 * The day a version takes effect comes from the document — regkit's {@code rk:EffectiveDate}, the
 * enforcement date of an e-Gov API v2 response, the date in an e-Gov revision id
 * ({@code 129AC0000000089_20230427_503AC0000000024}) — and only when it says none from the file
 * name: {@code 2024-06-01.xml} as regkit names versions, or {@code LAWID_YYYYMMDD_AMENDID.xml} as
 * e-Gov's bulk data does. Files that are not a law (the register beside the versions) are left out.
 */
public final class VersionFolder {
    private static final Pattern ISO_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*\\.xml");
    /** An e-Gov revision id, in a file name or in rk:Source/@revision: law id, enforcement day, amending law id. */
    private static final Pattern REVISION = Pattern.compile("[0-9A-Za-z]{15}_(\\d{8})_[0-9A-Za-z]{15}.*");
    private static final String RK = Dom.RK;

    private VersionFolder() {
    }

    /** A version file and the day it takes effect. */
    public record Version(Path file, LocalDate effective) {
    }

    /** The versions in a folder, earliest first (files of the same day in name order). */
    public static List<Version> versions(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
        }
        List<Version> out = new ArrayList<>();
        for (Path p : files) {
            LocalDate day = effective(p);
            if (day != null) {
                out.add(new Version(p, day));
            }
        }
        out.sort(Comparator.comparing(Version::effective));
        return out;
    }

    /** The day a version file takes effect, or null when it is no law or says no day. */
    static LocalDate effective(Path file) throws IOException {
        Peek peek = peek(file);
        if (!peek.law) {
            return null;
        }
        LocalDate fromDocument = peek.effective != null ? peek.effective : revisionDay(peek.revision);
        return fromDocument != null ? fromDocument : fromName(file.getFileName().toString());
    }

    private static LocalDate fromName(String name) {
        Matcher iso = ISO_NAME.matcher(name);
        if (iso.matches()) {
            return parse(iso.group(1));
        }
        return revisionDay(name);
    }

    private static LocalDate revisionDay(String revision) {
        Matcher m = revision == null ? null : REVISION.matcher(revision);
        if (m == null || !m.matches()) {
            return null;
        }
        String d = m.group(1);
        return parse(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
    }

    private static LocalDate parse(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the start of a document says: whether it is a law, and its dates. */
    private static final class Peek {
        boolean law;
        LocalDate effective;
        String revision;
    }

    /**
     * Reads a document only as far as its metadata: regkit's rk:Meta is the Law's first child, and an
     * API response gives its revision_info before the law. A file that is not XML is no version.
     */
    private static Peek peek(Path file) throws IOException {
        Peek peek = new Peek();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = SecureXml.newStaxFactory().createXMLStreamReader(in);
            boolean root = true;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (root) {
                    root = false;
                    peek.law = List.of("Law", "law_data_response", "DataRoot").contains(name);
                    if (!peek.law) {
                        break;
                    }
                }
                if (RK.equals(r.getNamespaceURI()) && name.equals("EffectiveDate")) {
                    peek.effective = parse(r.getAttributeValue(null, "date"));
                } else if (RK.equals(r.getNamespaceURI()) && name.equals("Source")) {
                    peek.revision = r.getAttributeValue(null, "revision");
                } else if (name.equals("amendment_enforcement_date") && peek.effective == null) {
                    peek.effective = parse(r.getElementText().strip());
                } else if (name.equals("law_revision_id") && peek.revision == null) {
                    peek.revision = r.getElementText().strip();
                } else if (name.equals("LawNum") || name.equals("LawBody")) {
                    break; // the metadata is behind us
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            peek.law = false;
        }
        return peek;
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
            throw new IOException(Messages.text("versions.none", path));
        }
        Version chosen = null;
        for (Version v : versions) {
            if (!v.effective().isAfter(asOf)) {
                chosen = v;
            }
        }
        if (chosen == null) {
            throw new NotInForce(Messages.text("versions.not-yet", path, asOf, JapaneseDates.format(asOf),
                    versions.get(0).file().getFileName(), JapaneseDates.forReader(versions.get(0).effective())));
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
