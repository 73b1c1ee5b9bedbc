package org.regkit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

/**
 * A regulation published as an HTML page — by a 例規集 site or by regkit itself — to regulation
 * XML. The page is reduced to the lines a reader sees (block elements and {@code <br>} end a line,
 * a table row is one line, navigation, scripts and styles are left out), and the lines go through
 * the same structure recogniser as plain text.
 */
public final class HtmlImporter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "dt", "dd",
            "section", "article", "header", "main", "table", "blockquote", "body");
    /** Not the regulation's text: code, navigation, the site's footer and side columns. */
    private static final Set<String> SKIP = Set.of("script", "style", "nav", "head", "noscript", "template", "button", "form",
            "footer", "aside");

    private HtmlImporter() {
    }

    public static Imported importHtml(byte[] bytes, String file, ImportOptions options) throws InputException {
        org.regkit.io.DecodedText page = text(bytes, file, options.encoding());
        return TextImporter.importLines(page.text(), file, bytes, page.encoding(), "html", options);
    }

    /**
     * A page's text as lines, one per block (paragraph, table row, list entry), in the encoding its
     * BOM or {@code <meta charset>} names unless {@code encoding} is given.
     */
    public static org.regkit.io.DecodedText text(byte[] bytes, String file, String encoding) throws InputException {
        ImportOptions options = new ImportOptions(encoding, null);
        refuseIllegalReferences(bytes, file);
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), options.encoding(), "");
            if (options.encoding() == null && page.charset().name().equalsIgnoreCase("Shift_JIS")) {
                // pages labelled Shift_JIS are Windows-31J in practice (and in the WHATWG encoding
                // standard): strict JIS would turn － into −, ～ into 〜
                page = Jsoup.parse(new ByteArrayInputStream(bytes), "windows-31j", "");
            }
        } catch (IOException e) {
            throw new InputException(Problem.error(file, 0, 0, Messages.text("import.html.unreadable", e.getMessage())), true);
        }
        String charset = page.charset().name();
        Lines lines = new Lines();
        walk(page.body(), lines, 0, file);
        lines.endParagraph();
        String text = String.join("\n", lines.done);
        int bad = text.indexOf('\uFFFD');
        if (bad >= 0) {
            int line = (int) text.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            throw new InputException(Problem.error(file, line, 0, Messages.text("import.html.undecodable", charset)), true);
        }
        return new org.regkit.io.DecodedText(text, charset);
    }

    /** How deep a page may nest its elements: real pages go a few dozen deep. */
    private static final int MAX_DEPTH = 200;

    /** A numeric character reference: &#12354; &#x3042; (the semicolon may be missing in HTML). */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?");

    /**
     * Refuses a numeric character reference to what no text may hold — a surrogate half (&amp;#xD800;,
     * which would swallow the character after it), a control character, a code point beyond Unicode —
     * at its line and column. References are ASCII, so the bytes of any ASCII-compatible page can be
     * searched before they are decoded.
     */
    private static void refuseIllegalReferences(byte[] bytes, String file) throws InputException {
        String ascii = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = REFERENCE.matcher(ascii);
        while (m.find()) {
            String n = m.group(1);
            long cp = n.startsWith("x") || n.startsWith("X") ? Long.parseLong(n.substring(1), 16) : Long.parseLong(n);
            boolean illegal = cp >= 0xD800 && cp <= 0xDFFF || cp > 0x10FFFF || cp == 0xFFFE || cp == 0xFFFF
                    || cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
            if (illegal) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < m.start(); i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                throw new InputException(Problem.error(file, line, m.start() - lineStart + 1, Messages.text(cp >= 0xD800 && cp <= 0xDFFF ? "import.html.surrogate-reference" : "import.html.bad-reference", m.group())), true);
            }
        }
    }

    private static void walk(Element e, Lines lines, int depth, String file) throws InputException {
        if (depth > MAX_DEPTH) {
            throw new InputException(Problem.error(file, 0, 0, Messages.text("limits.depth", MAX_DEPTH)), true);
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                lines.current.append(layoutSpaces(t.getWholeText()).replaceAll("[\\r\\n\\t]+", " "));
            } else if (n instanceof Element child) {
                String tag = child.tagName().toLowerCase(java.util.Locale.ROOT);
                if (SKIP.contains(tag) || tag.equals("rt") || tag.equals("rp")) {
                    continue; // navigation, scripts, ruby readings: not the text
                }
                if (tag.equals("br")) {
                    lines.breakLine();
                } else if (tag.equals("pre")) {
                    lines.preformatted(child.wholeText());
                } else if (tag.equals("td") || tag.equals("th")) {
                    lines.current.append('\u3000');
                    walk(child, lines, depth + 1, file);
                } else if (BLOCKS.contains(tag)) {
                    lines.endParagraph();
                    walk(child, lines, depth + 1, file);
                    lines.endParagraph();
                } else {
                    walk(child, lines, depth + 1, file);
                }
            }
        }
    }

    /**
     * Spaces a page sets with entities (&amp;nbsp; &amp;ensp; &amp;emsp; &amp;thinsp;) as the text importer
     * knows them: an em-wide one is the ideographic space a Japanese text would have, the others
     * an ordinary space.
     */
    static String layoutSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2001' || c == '\u2003') {
                b.append('\u3000');
            } else if (c == '\u00A0' || c != ' ' && c != '\u3000' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The page's lines. The first line of each block is indented, as 例規 set paragraphs, so that the
     * header reader starts a new statement there; the lines after a {@code <br>} continue it.
     */
    private static final class Lines {
        final List<String> done = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        boolean paragraphStart = true;

        void breakLine() {
            if (add()) {
                paragraphStart = false;
            }
        }

        void endParagraph() {
            add();
            paragraphStart = true;
        }

        /** Text laid out by the page itself ({@code <pre>}): its lines as written, indentation and all. */
        void preformatted(String text) {
            endParagraph();
            for (String line : text.split("\\r?\\n")) {
                String kept = line.stripTrailing();
                if (!kept.isBlank()) {
                    done.add(layoutSpaces(kept));
                }
            }
        }

        private boolean add() {
            String line = Spaces.strip(current.toString());
            current.setLength(0);
            if (line.isEmpty()) {
                return false;
            }
            done.add(paragraphStart ? "\u3000" + line : line);
            return true;
        }
    }

}
