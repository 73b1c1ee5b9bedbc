package org.regkit.render;

import java.util.Locale;
import org.regkit.l10n.Messages;

/** The PDF flavours regkit writes. PDF/A-1b is absent: it cannot hold subset CJK fonts as FOP writes them. */
public enum PdfProfile {
    /** PDF/A-2b: archival, visual appearance preserved (the default). */
    PDFA_2B("PDF/A-2b", false),
    /** PDF/A-2a: archival and tagged (structure, reading order, language). */
    PDFA_2A("PDF/A-2a", true),
    /** PDF/A-3b: as 2b, allowing embedded files. */
    PDFA_3B("PDF/A-3b", false),
    /** Plain PDF. */
    NONE(null, false);

    private final String fopMode;
    private final boolean tagged;

    PdfProfile(String fopMode, boolean tagged) {
        this.fopMode = fopMode;
        this.tagged = tagged;
    }

    /** FOP's pdf-a-mode value, or null for plain PDF. */
    public String fopMode() {
        return fopMode;
    }

    /** True when the profile requires a tagged (accessible) PDF. */
    public boolean tagged() {
        return tagged;
    }

    /** Reads a command-line value: pdfa-2b, PDF/A-2b, 2b, none. */
    public static PdfProfile parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("pdf/a-", "").replace("pdfa-", "").replace("pdfa", "");
        return switch (t) {
            case "2b" -> PDFA_2B;
            case "2a" -> PDFA_2A;
            case "3b" -> PDFA_3B;
            case "none", "plain" -> NONE;
            default -> throw new IllegalArgumentException(Messages.text("pdf.unknown-profile", text));
        };
    }
}
