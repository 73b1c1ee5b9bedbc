package org.regkit.cli;

import java.nio.file.Path;
import org.regkit.render.FontLocator;
import org.regkit.render.PdfOptions;
import org.regkit.render.PdfProfile;
import picocli.CommandLine.Option;

/** The PDF options every rendering command shares (a picocli mixin). */
public final class FontOptions {
    @Option(names = "--font", paramLabel = "FILE.ttf", description = "body font (TrueType/OpenType); default IPAex Mincho")
    Path font;
    @Option(names = "--heading-font", paramLabel = "FILE.ttf", description = "heading font; default IPAex Gothic")
    Path headingFont;
    @Option(names = "--font-config", paramLabel = "FILE",
            description = "properties file with body=, heading=, supplementary= font paths")
    Path fontConfig;
    @Option(names = "--pdf-profile", paramLabel = "PROFILE", defaultValue = "pdfa-2b",
            description = "pdfa-2b (default), pdfa-2a, pdfa-3b or none")
    String pdfProfile;

    @Option(names = {"-q", "--quiet"}, description = "no progress line on stderr for long work")
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
