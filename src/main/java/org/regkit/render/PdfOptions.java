package org.regkit.render;

/** How a PDF is made: the fonts to embed and the PDF flavour. */
public record PdfOptions(FontLocator.Request fonts, PdfProfile profile) {
    /** IPAex fonts, PDF/A-2b. */
    public static final PdfOptions DEFAULT = new PdfOptions(FontLocator.Request.DEFAULT, PdfProfile.PDFA_2B);

    public PdfOptions {
        java.util.Objects.requireNonNull(fonts, "fonts");
        java.util.Objects.requireNonNull(profile, "profile");
    }
}
