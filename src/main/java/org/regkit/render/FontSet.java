package org.regkit.render;

import java.nio.file.Path;

/**
 * The font files a PDF is set in: a Mincho for the body, a Gothic for headings and captions, and
 * optionally a font for characters outside the BMP. Registered with FOP under fixed family names,
 * so the stylesheets never depend on which files were found.
 */
public record FontSet(Path body, Path heading, Path supplementary) {
    public static final String BODY_FAMILY = "RegkitBody";
    public static final String HEADING_FAMILY = "RegkitHeading";
    public static final String SUPPLEMENTARY_FAMILY = "RegkitSupplementary";
}
