/**
 * Documents from regulation XML: XSLT 3.0 with Saxon-HE to HTML5 and to XSL-FO, and Apache FOP
 * from XSL-FO to PDF and PDF/A, streamed with no FO file in between. {@link org.regkit.render.Stylesheet}
 * names the stylesheets regkit ships (compiled once, by one hardened processor that reads only its
 * own files); {@link org.regkit.render.PdfOptions} the fonts and PDF flavour. Failures are
 * {@link org.regkit.render.RenderException}s, or the {@link java.io.IOException} a full disk is;
 * FOP's warnings come back as {@link org.regkit.io.Problem}s.
 */
package org.regkit.render;
