package org.regkit.cli;

import java.nio.file.Path;
import org.regkit.render.FontLocator;
import org.regkit.render.PdfOptions;
import org.regkit.render.PdfProfile;
import picocli.CommandLine.Option;

/** The PDF options every rendering command shares (a picocli mixin). */
public final class FontOptions {
    @Option(names = "--font", paramLabel = "FILE.ttf")
    Path font;
    @Option(names = "--heading-font", paramLabel = "FILE.ttf")
    Path headingFont;
    @Option(names = "--font-config", paramLabel = "FILE")
    Path fontConfig;
    @Option(names = "--pdf-profile", paramLabel = "PROFILE", defaultValue = "pdfa-2b")
    String pdfProfile;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    /** The fonts and PDF flavour asked for; a profile regkit does not know is a usage error. */
    PdfOptions options() throws UsageException {
        try {
            return new PdfOptions(new FontLocator.Request(font, headingFont, fontConfig), PdfProfile.parse(pdfProfile));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
