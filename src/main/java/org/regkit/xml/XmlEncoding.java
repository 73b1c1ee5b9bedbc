package org.regkit.xml;

import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict decoding for XML in encodings the parser would read leniently. The JDK's parser checks
 * UTF-8 and UTF-16 itself, but reads any other declared encoding (Shift_JIS, EUC-JP) through a
 * decoder that turns every byte it cannot read into U+FFFD, silently. Such a file is decoded here
 * instead, strictly: a byte the declared encoding cannot read is an error at its line and column.
 */
public final class XmlEncoding {
    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {
    }

    /**
     * The charset regkit reads and writes for an XML declaration's label, or null when the JDK has
     * none: a file labelled Shift_JIS is Windows-31J in practice, as pages and spreadsheets are
     * (strict JIS would turn ― into —), and it is written back with the same mapping.
     */
    public static Charset charset(String label) {
        try {
            return Charset.forName(label.equalsIgnoreCase("Shift_JIS") || label.equalsIgnoreCase("SJIS") ? "windows-31j" : label);
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The encoding an ASCII-compatible document's XML declaration names, as written; null when it names none. */
    static String declared(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xEF || bytes[0] == 0)) {
            return null; // a byte-order mark or UTF-16: the parser's own, strict, reading
        }
        Matcher m = DECLARATION.matcher(new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    /** The document's characters when it declares an encoding other than UTF-8 or UTF-16, else null (the parser reads it). */
    static String decode(byte[] bytes, String file) throws InputException {
        String declared = declared(bytes);
        if (declared == null) {
            return null;
        }
        if (declared.toUpperCase(java.util.Locale.ROOT).matches("UTF-?8|UTF-?16(BE|LE)?|US-ASCII|ASCII")) {
            return null;
        }
        Charset cs = charset(declared);
        if (cs == null) {
            throw new InputException(Problem.error(file, 1, 1, Messages.text("xml.unknown-encoding", declared)), true);
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) d.maxCharsPerByte()) + 16);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new InputException(problemAt(file, out, declared, in.position()), true);
        }
        d.flush(out);
        String text = out.flip().toString();
        if (misread(text)) {
            throw new InputException(Problem.error(file, 1, 1, Messages.text("xml.misdeclared", declared)), true);
        }
        return text;
    }

    /** Whether text decoded as its declaration says is really another encoding misread (see {@link org.regkit.io.KanaCount}). */
    private static boolean misread(String text) {
        org.regkit.io.KanaCount k = org.regkit.io.KanaCount.of(text);
        return k.halfWidthKana() > 8 && k.halfWidthKana() * 4 >= k.japanese();
    }

    /** The problem at the first byte the encoding cannot read: its line and column from the characters read before it. */
    private static Problem problemAt(String file, CharBuffer decoded, String encoding, int byteOffset) {
        decoded.flip();
        int line = 1;
        int column = 1;
        while (decoded.hasRemaining()) {
            if (decoded.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Problem.error(file, line, column, Messages.text("xml.bad-bytes", encoding, byteOffset));
    }
}
