package org.regkit.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

/**
 * Turns the bytes of a text file into characters without ever producing mojibake.
 *
 * <p>Detection: a byte-order mark decides (UTF-8, UTF-16BE/LE); otherwise the bytes must be valid
 * UTF-8, or else valid Windows-31J (Shift_JIS as Windows writes it). Decoding is strict: a byte
 * sequence the encoding cannot read is an error naming its line, never a replacement character.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private TextDecoder() {
    }

    /** Decodes with the named encoding, or detects it when {@code encoding} is null. */
    public static DecodedText decode(byte[] bytes, String encoding, String file) throws InputException {
        if (encoding != null) {
            Charset cs;
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.error(file, 0, 0, Messages.text("decode.unknown-encoding", encoding)), true);
            }
            int skip = bomLength(bytes, cs);
            return new DecodedText(strict(bytes, skip, cs, file), cs.name());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, file), "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, file), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, file), "UTF-16LE");
        }
        try {
            return new DecodedText(decodeOrThrow(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = decodeOrThrow(bytes, 0, WINDOWS_31J);
                if (looksJapanese(text)) {
                    return new DecodedText(text, "Windows-31J");
                }
            } catch (CharacterCodingException notSjis) {
                // fall through to the UTF-8 error, which names the first bad line
            }
            String detail = strictFailure(bytes, 0, StandardCharsets.UTF_8);
            throw new InputException(Problem.error(file, lineOf(bytes, firstBad(bytes, StandardCharsets.UTF_8)), 0,
                    Messages.text("decode.neither", detail)), true);
        }
    }

    private static int bomLength(byte[] bytes, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((cs.name().startsWith("UTF-16")) && (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE))) {
            return cs.name().equals("UTF-16") ? 0 : 2;
        }
        return 0;
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String file) throws InputException {
        try {
            return decodeOrThrow(bytes, offset, cs);
        } catch (CharacterCodingException e) {
            int bad = firstBad(bytes, offset, cs);
            throw new InputException(Problem.error(file, lineOf(bytes, bad), 0,
                    Messages.text("decode.invalid", cs.name(), bad)), true);
        }
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static String strictFailure(byte[] bytes, int offset, Charset cs) {
        return Messages.text("decode.invalid-at", cs.name(), firstBad(bytes, offset, cs));
    }

    private static int firstBad(byte[] bytes, Charset cs) {
        return firstBad(bytes, 0, cs);
    }

    /** The byte offset where strict decoding first fails. */
    private static int firstBad(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        var result = d.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** The 1-based line number of a byte offset (counting LF bytes, right for ASCII-compatible encodings). */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether a Windows-31J reading is Japanese text rather than other bytes misread (see {@link KanaCount}). */
    private static boolean looksJapanese(String text) {
        KanaCount k = KanaCount.of(text);
        return k.japanese() > 0 && k.halfWidthKana() * 4 < k.japanese();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
