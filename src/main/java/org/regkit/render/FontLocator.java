package org.regkit.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.regkit.l10n.Messages;

/**
 * Finds the fonts for a PDF: the user's choice first ({@code --font}, {@code --heading-font}, a
 * font configuration file), then IPAex Mincho and Gothic where Debian's fonts-ipaexfont installs
 * them. A TrueType collection (.ttc) is refused with a clear message, since FOP cannot subset it.
 */
public final class FontLocator {
    /** Where Debian and its derivatives put IPAex (and IPA) fonts. */
    static final List<String> MINCHO = List.of(
            "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
            "/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-mincho.ttf",
            "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf",
            "/usr/share/fonts/truetype/ipafont-mincho/ipam.ttf");
    static final List<String> GOTHIC = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf");
    /** Fonts with the CJK ideographs outside the BMP (IPAmj Mincho, package fonts-ipamj-mincho). */
    static final List<String> SUPPLEMENTARY = List.of(
            "/usr/share/fonts/opentype/ipamj-mincho/ipamjm.ttf",
            "/usr/share/fonts/truetype/ipamj-mincho/ipamjm.ttf");

    private FontLocator() {
    }

    /** What the user asked for; any field may be null. */
    public record Request(Path body, Path heading, Path config) {
        public static final Request DEFAULT = new Request(null, null, null);
    }

    /** The fonts to use, or an IOException saying exactly what to install or pass. */
    public static FontSet locate(Request request) throws IOException {
        return locate(request, MINCHO, GOTHIC, SUPPLEMENTARY);
    }

    /** As {@link #locate(Request)}, searching the given default locations. */
    static FontSet locate(Request request, List<String> mincho, List<String> gothic, List<String> supplementaryFonts)
            throws IOException {
        Properties config = config(request.config());
        Path body = first(request.body(), config.getProperty("body"), mincho);
        if (body == null) {
            throw new IOException(Messages.text("font.missing"));
        }
        Path heading = first(request.heading(), config.getProperty("heading"),
                request.body() != null || config.getProperty("body") != null ? List.of(body.toString()) : gothic);
        if (heading == null) {
            heading = body;
        }
        Path supplementary = first(null, config.getProperty("supplementary"), supplementaryFonts);
        return new FontSet(check(body), check(heading), supplementary == null ? null : check(supplementary));
    }

    /** A font configuration file: properties body=, heading=, supplementary= (paths to .ttf/.otf). */
    private static Properties config(Path file) throws IOException {
        Properties p = new Properties();
        Path f = file;
        if (f == null) {
            String env = System.getenv("REGKIT_FONT_CONFIG");
            Path home = Path.of(System.getProperty("user.home", "."), ".config", "regkit", "fonts.properties");
            f = env != null ? Path.of(env) : Files.exists(home) ? home : null;
        }
        if (f != null) {
            if (!Files.exists(f)) {
                throw new IOException(Messages.text("font.no-config", f));
            }
            org.regkit.io.ReadFiles.note(f);
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    private static Path first(Path explicit, String configured, List<String> defaults) {
        if (explicit != null) {
            return explicit;
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        for (String d : defaults) {
            Path p = Path.of(d);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }

    private static Path check(Path font) throws IOException {
        org.regkit.io.ReadFiles.note(font); // FOP reads it: no output may replace it
        String name = font.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isReadable(font)) {
            throw new IOException(Messages.text("font.no-file", font));
        }
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            throw new IOException(Messages.text("font.collection", font));
        }
        if (!name.endsWith(".ttf") && !name.endsWith(".otf")) {
            throw new IOException(Messages.text("font.not-font", font));
        }
        return font.toAbsolutePath();
    }
}
