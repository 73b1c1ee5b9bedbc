package org.regkit.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.regkit.l10n.Messages;
import org.regkit.model.KanaSequence;
import org.regkit.model.ListTitle;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Provisions set out in full, as an amending rule prints them under 「次の１条を加える。」 or
 * 「次のように改める。」, read into law XML: {@code （見出し）} then {@code 第３条の２　…}, {@code ２　…},
 * {@code (1)　…}, {@code ア　…}, one provision per line (a line without a title continues the one
 * before). Items are written as the text importer writes them (a term and its definition become two
 * {@code Column}s), so a provision set out this way reads back as the importer would have read it.
 */
public final class ProvisionText {
    private static final Pattern ARTICLE = Pattern.compile("第(" + Numerals.NUMBER + ")条((?:の" + Numerals.NUMBER + ")*)"
            + "(?:から第(" + Numerals.NUMBER + ")条((?:の" + Numerals.NUMBER + ")*)まで)?[\\s\u3000]+(.*)");
    private static final Pattern PARAGRAPH = Pattern.compile("([0-9０-９]+)[\\s\u3000]+(.*)");
    private static final Pattern CAPTION = Pattern.compile("（[^（）]*）");

    private ProvisionText() {
    }

    /** A line that is no provision's: the block does not read as provisions of the kind it should. */
    public static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The 0-based index of the line in the block. */
        public int line() {
            return line;
        }
    }

    /**
     * The provisions of a block, as elements of {@code owner}.
     *
     * @param lines    the block, one provision per line (leading spaces ignored)
     * @param first    the kind the block sets out: ARTICLE, PARAGRAPH, ITEM or a sub-item
     * @param kana     the order of katakana titles (ア イ ウ or イ ロ ハ)
     */
    public static List<Element> read(List<String> lines, ProvisionKind first, KanaSequence kana, Document owner)
            throws Unreadable {
        Draft root = new Draft(ProvisionKind.SUPPL, "0", "", 0);
        Draft article = null;
        Draft paragraph = null;
        Draft current = null;
        String caption = null;
        List<ListTitle.Style> levels = new ArrayList<>();
        List<Draft> open = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip().replaceFirst("^\u3000+", "");
            if (t.isEmpty()) {
                continue;
            }
            Matcher m;
            if (CAPTION.matcher(t).matches() && (first == ProvisionKind.ARTICLE || first == ProvisionKind.PARAGRAPH)) {
                caption = t;
            } else if (first == ProvisionKind.ARTICLE && (m = ARTICLE.matcher(t)).matches()) {
                String num = Numerals.machineNumber(Integer.toString(Numerals.parse(m.group(1))), m.group(2));
                if (m.group(3) != null) {
                    // 第22条から第25条まで　削除: one element for the range, as e-Gov writes it (Num="22:25")
                    num += ":" + Numerals.machineNumber(Integer.toString(Numerals.parse(m.group(3))), m.group(4));
                }
                String rest = m.group(5);
                article = root.add(new Draft(ProvisionKind.ARTICLE, num, t.substring(0, t.length() - rest.length()).strip(), i));
                article.caption = caption;
                caption = null;
                paragraph = article.add(new Draft(ProvisionKind.PARAGRAPH, "1", "", i));
                Spaces.join(paragraph.text, rest);
                current = paragraph;
                levels.clear();
                open.clear();
            } else if ((first == ProvisionKind.ARTICLE && article != null || first == ProvisionKind.PARAGRAPH)
                    && (m = PARAGRAPH.matcher(t)).matches()) {
                Draft container = first == ProvisionKind.ARTICLE ? article : root;
                paragraph = container.add(new Draft(ProvisionKind.PARAGRAPH, Integer.toString(Numerals.parse(m.group(1))),
                        m.group(1), i));
                paragraph.caption = caption;
                caption = null;
                Spaces.join(paragraph.text, m.group(2));
                current = paragraph;
                levels.clear();
                open.clear();
            } else if (ListTitle.opening(t) != null && (paragraph != null || first.ordinal() >= ProvisionKind.ITEM.ordinal())) {
                ListTitle.Opening o = ListTitle.opening(t);
                int level = levels.indexOf(o.title().style());
                if (level < 0) {
                    level = levels.size();
                    levels.add(o.title().style());
                } else {
                    levels.subList(level + 1, levels.size()).clear();
                }
                open.subList(Math.min(level, open.size()), open.size()).clear();
                ProvisionKind kind = level(paragraph == null ? first : ProvisionKind.ITEM, level);
                if (kind == null) {
                    throw new Unreadable(i, Messages.text("setout.too-deep", t));
                }
                Draft parent = level == 0 ? (paragraph != null ? paragraph : root) : open.get(level - 1);
                Draft entry = parent.add(new Draft(kind, o.title().machineNumber(kana), o.title().text(), i));
                entry.columnsAtSpaces = true;
                Spaces.join(entry.text, o.rest());
                open.add(entry);
                current = entry;
            } else if (current != null) {
                Spaces.join(current.text, t);
            } else if (first == ProvisionKind.PARAGRAPH) {
                // a 附則 of one paragraph prints no number: この訓令は、…から施行する。
                paragraph = root.add(new Draft(ProvisionKind.PARAGRAPH, "1", "", i));
                paragraph.caption = caption;
                caption = null;
                Spaces.join(paragraph.text, t);
                current = paragraph;
            } else {
                throw new Unreadable(i, Messages.text("setout.does-not-start", t, expected(first)));
            }
        }
        if (root.children.isEmpty()) {
            throw new Unreadable(0, Messages.text("setout.none", expected(first)));
        }
        return elements(root, owner);
    }

    private static String expected(ProvisionKind first) {
        return switch (first) {
            case ARTICLE -> Messages.text("setout.article");
            case PARAGRAPH -> Messages.text("setout.paragraph");
            default -> Messages.text("setout.item");
        };
    }

    /** The kind {@code depth} list levels below {@code top}. */
    private static ProvisionKind level(ProvisionKind top, int depth) {
        ProvisionKind k = top;
        for (int i = 0; i < depth && k != null; i++) {
            k = k.nextListLevel();
        }
        return k;
    }

    /**
     * An appendix (別表第１（第２条関係） and its rows, 別記, 様式第１号 …) set out in {@code lines}, as an
     * element of {@code owner}: read as the importer reads an appendix after a regulation's provisions.
     */
    public static Element appendix(List<String> lines, Document owner) throws Unreadable {
        String text = "○改正\n令和元年５月１日\n訓令第１号\n第１条　改正する。\n" + String.join("\n", lines) + "\n";
        byte[] xml;
        try {
            xml = TextImporter.importText(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "appendix",
                    new ImportOptions(null, null)).xml();
        } catch (org.regkit.io.InputException e) {
            throw new Unreadable(0, Messages.text("setout.appendix-unreadable", e.problems().get(0).message()));
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document read = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            for (Node c = read.getElementsByTagName("LawBody").item(0).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && e.getLocalName().startsWith("Appdx")) {
                    return (Element) owner.importNode(e, true);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("regkit wrote an appendix it cannot read back", e);
        }
        throw new Unreadable(0, Messages.text("setout.no-appendix"));
    }

    private static List<Element> elements(Draft root, Document owner) {
        XmlOut x = new XmlOut();
        x.open("Block");
        root.children.forEach(c -> RegulationXmlWriter.provision(x, c));
        x.close();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document block = f.newDocumentBuilder().parse(new ByteArrayInputStream(x.finish()));
            List<Element> out = new ArrayList<>();
            for (Node c = block.getDocumentElement().getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    out.add((Element) owner.importNode(e, true));
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("regkit wrote provisions it cannot read back", e);
        }
    }
}
