package org.regkit.ingest;

import org.regkit.io.DecodedText;
import org.regkit.io.TextDecoder;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

/**
 * Plain text (including text extracted from a PDF) to regulation XML.
 *
 * <p>The text is decoded strictly ({@link TextDecoder}), split into lines, recognised
 * ({@link StructureRecogniser}) and written ({@link RegulationXmlWriter}). Any line the
 * recogniser cannot place makes the import fail with that line's number: text is never dropped.
 */
public final class TextImporter {
    private TextImporter() {
    }

    public static Imported importText(byte[] bytes, String file, ImportOptions options) throws InputException {
        DecodedText decoded = TextDecoder.decode(bytes, options.encoding(), file);
        return importLines(decoded.text(), file, bytes, decoded.encoding(), "text", options);
    }

    /** Recognises already-decoded text (from a text file, or the lines of an HTML page). */
    static Imported importLines(String text, String file, byte[] bytes, String encoding, String format, ImportOptions options)
            throws InputException {
        List<SourceLine> lines = lines(text, file);
        StructureRecogniser.Result r = StructureRecogniser.recognise(lines, file);
        List<Problem> problems = new ArrayList<>(r.problems());
        DraftLaw law = r.law();
        if (law.title != null && (law.date == null || law.lawNum == null)) {
            problems.add(Problem.error(file, law.titleLine, 1, Messages.text(law.date == null ? "import.no-date" : "import.no-number")));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InputException(problems, false);
        }
        String id = options.regulationId() != null ? options.regulationId() : idFromFile(file);
        byte[] xml = RegulationXmlWriter.write(law, new RegulationXmlWriter.SourceInfo(
                id, format, fileName(file), sha256(bytes), encoding));
        return new Imported(xml, problems, encoding);
    }

    /** Lines split at CR LF, LF or CR; a control character other than tab is an error. */
    static List<SourceLine> lines(String text, String file) throws InputException {
        List<SourceLine> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch < 0x20 && ch != '\t' && ch != '\f' || ch == '\uFFFD' || ch == 0x7F) {
                    problems.add(Problem.error(file, i + 1, c + 1, Messages.text("import.control", String.format("U+%04X", (int) ch))));
                    break;
                }
            }
            out.add(new SourceLine(i + 1, line));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, true);
        }
        return out;
    }

    static String idFromFile(String file) {
        String name = fileName(file).replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT);
        String id = name.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return id.isEmpty() ? "regulation" : id;
    }

    private static String fileName(String file) {
        return java.nio.file.Path.of(file).getFileName().toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
