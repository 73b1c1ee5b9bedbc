package org.regkit.export;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.Dom;
import org.regkit.model.PlainText;
import org.w3c.dom.Element;

/**
 * A regulation as plain text, one provision per line, laid out as published 例規 are: captions
 * on their own line, 第１条　text, ２　text, (1)　text, ア　text; columns and titles separated by
 * an ideographic space. Every character of the XML's text appears once, in document order
 * (ruby readings aside), which is what the import/export fidelity bar checks.
 */
public final class TextExporter {
    private static final String SP = "\u3000";
    private final List<String> lines = new ArrayList<>();

    private TextExporter() {
    }

    /** The whole document. */
    public static List<String> document(Element law) {
        TextExporter t = new TextExporter();
        t.law(law);
        return t.lines;
    }

    /** One provision and everything under it (for `regkit cite`). */
    public static List<String> provision(Element provision) {
        TextExporter t = new TextExporter();
        t.block(provision, "");
        return t.lines.stream().dropWhile(String::isEmpty).toList();
    }

    private void law(Element law) {
        Element meta = Dom.rkChild(law, "Meta");
        Element body = Dom.child(law, "LawBody");
        String title = body == null ? "" : Dom.childText(body, "LawTitle");
        if (meta != null) {
            add(title);
            if (Dom.rkChild(meta, "PromulgationDate") != null) {
                addRk(meta, "PromulgationDate");
            } else {
                // the Law element says it too: a header without its date could not be imported again
                java.time.LocalDate promulgated = org.regkit.model.JapaneseDates.promulgation(law);
                add(promulgated == null ? "" : org.regkit.model.JapaneseDates.format(promulgated));
            }
            add(Dom.childText(law, "LawNum"));
            String amended = "改正" + SP;
            for (Element a : Dom.children(meta)) {
                if (Dom.RK.equals(a.getNamespaceURI()) && "AmendedBy".equals(a.getLocalName())) {
                    add(amended + PlainText.of(a).strip());
                    amended = SP + SP + SP; // further amendments line up under the first
                }
            }
            addRk(meta, "Issuer");
            Element statement = Dom.rkChild(meta, "PromulgationStatement");
            if (statement != null) {
                lines.add("");
                add(SP + PlainText.of(statement).strip());
                if (!"false".equals(statement.getAttribute("titleRepeated"))) {
                    add(SP + title);
                }
            }
        } else {
            add(Dom.childText(law, "LawNum"));
            add(title);
        }
        if (body == null) {
            return;
        }
        for (Element e : Dom.children(body)) {
            switch (e.getLocalName()) {
                case "LawTitle" -> { }
                case "EnactStatement" -> add(SP + PlainText.of(e).strip());
                case "MainProvision" -> {
                    lines.add("");
                    Dom.children(e).forEach(c -> block(c, ""));
                }
                case "SupplProvision" -> suppl(e);
                default -> {
                    lines.add("");
                    block(e, "");
                }
            }
        }
    }

    private void suppl(Element e) {
        lines.add("");
        String label = Dom.childText(e, "SupplProvisionLabel");
        String amend = e.getAttribute("AmendLawNum");
        add(label + (amend.isEmpty() ? "" : "（" + amend + "）") + ("true".equals(e.getAttribute("Extract")) ? SP + "抄" : ""));
        for (Element c : Dom.children(e)) {
            if (!"SupplProvisionLabel".equals(c.getLocalName())) {
                block(c, "");
            }
        }
    }

    /** Writes one block element; {@code prefix} is put before its first line (第１条 before 第１項). */
    private void block(Element e, String prefix) {
        String name = e.getLocalName();
        switch (name) {
            case "Part", "Chapter", "Section", "Subsection", "Division" -> {
                add(Dom.childText(e, name + "Title"));
                children(e, name + "Title");
            }
            case "Article" -> article(e);
            case "Paragraph" -> paragraph(e, prefix);
            case "Item", "Subitem1", "Subitem2", "Subitem3", "Subitem4", "Subitem5", "Subitem6", "Subitem7",
                    "Subitem8", "Subitem9", "Subitem10" -> {
                String title = Dom.childText(e, name + "Title");
                Element sentence = Dom.child(e, name + "Sentence");
                add(join(title, sentence == null ? "" : PlainText.sentences(sentence)));
                children(e, name + "Title", name + "Sentence");
            }
            case "SupplProvision" -> suppl(e);
            case "AppdxTable", "AppdxNote", "AppdxStyle", "AppdxFig", "AppdxFormat",
                    "SupplProvisionAppdxTable", "SupplProvisionAppdxStyle" -> appendix(e);
            case "TOC", "TOCPart", "TOCChapter", "TOCSection", "TOCSubsection", "TOCDivision", "TOCArticle",
                    "TOCSupplProvision", "List", "Sublist1", "Sublist2", "Sublist3", "Class",
                    "TableStruct", "FigStruct", "StyleStruct", "AmendProvision", "NewProvision", "Appdx",
                    "NoteStruct", "FormatStruct", "SupplProvisionAppdx", "Preamble", "Table" -> {
                titledBlock(e);
            }
            case "Remarks" -> {
                // the label on a line of its own, then each remark: as a 備考 is printed, and read back
                add(Dom.childText(e, "RemarksLabel"));
                for (Element c : Dom.children(e)) {
                    if (!"RemarksLabel".equals(c.getLocalName())) {
                        block(c, "");
                    }
                }
            }
            case "Note", "Style", "Format" -> {
                for (Element c : Dom.children(e)) {
                    block(c, "");
                }
            }
            case "TableRow", "TableHeaderRow" -> {
                List<String> cells = new ArrayList<>();
                Dom.children(e).forEach(c -> cells.add(PlainText.of(c).strip()));
                add(String.join(SP, cells));
            }
            default -> add(PlainText.of(e).strip());
        }
    }

    /**
     * An appendix: its heading on one line as it is printed (別表第１　（第２条関係）, 別紙　連絡先一覧: title,
     * related articles, the first structure's title), then the rest.
     */
    private void appendix(Element e) {
        List<String> head = new ArrayList<>();
        Element struct = null;
        for (Element c : Dom.children(e)) {
            String n = c.getLocalName();
            if (n.endsWith("Title") || n.equals("RelatedArticleNum")) {
                head.add(PlainText.of(c).strip());
            } else if (struct == null && n.endsWith("Struct")) {
                struct = c;
                Element title = Dom.children(c).stream().filter(t -> t.getLocalName().endsWith("StructTitle")).findFirst().orElse(null);
                if (title != null) {
                    head.add(PlainText.of(title).strip());
                }
            }
        }
        add(String.join(SP, head));
        for (Element c : Dom.children(e)) {
            String n = c.getLocalName();
            if (c == struct) {
                Dom.children(c).stream().filter(t -> !t.getLocalName().endsWith("StructTitle")).forEach(t -> block(t, ""));
            } else if (!n.endsWith("Title") && !n.equals("RelatedArticleNum")) {
                block(c, "");
            }
        }
    }

    /** A container whose leading text children (titles, labels, sentences) share one line. */
    private void titledBlock(Element e) {
        List<String> head = new ArrayList<>();
        List<Element> rest = new ArrayList<>();
        for (Element c : Dom.children(e)) {
            if (rest.isEmpty() && isInlineLine(c)) {
                head.add(PlainText.of(c).strip());
            } else {
                rest.add(c);
            }
        }
        if (!head.isEmpty()) {
            add(String.join(SP, head));
        }
        rest.forEach(c -> block(c, ""));
    }

    private static boolean isInlineLine(Element c) {
        String n = c.getLocalName();
        return n.endsWith("Title") || n.endsWith("Label") || n.endsWith("Sentence") || n.equals("ArticleRange")
                || n.equals("RelatedArticleNum") || n.equals("Sentence") || n.equals("ArticleCaption");
    }

    private void article(Element e) {
        String caption = Dom.childText(e, "ArticleCaption");
        if (!caption.isEmpty()) {
            add(caption);
        }
        String title = Dom.childText(e, "ArticleTitle");
        boolean first = true;
        for (Element c : Dom.children(e)) {
            switch (c.getLocalName()) {
                case "ArticleCaption", "ArticleTitle" -> { }
                case "Paragraph" -> {
                    paragraph(c, first ? title : "");
                    first = false;
                }
                default -> block(c, "");
            }
        }
    }

    private void paragraph(Element e, String articleTitle) {
        String caption = Dom.childText(e, "ParagraphCaption");
        if (!caption.isEmpty()) {
            add(caption);
        }
        String num = Dom.childText(e, "ParagraphNum");
        Element sentence = Dom.child(e, "ParagraphSentence");
        String text = sentence == null ? "" : PlainText.sentences(sentence);
        add(join(articleTitle.isEmpty() ? num : articleTitle, text));
        children(e, "ParagraphCaption", "ParagraphNum", "ParagraphSentence");
    }

    private void children(Element e, String... skip) {
        outer:
        for (Element c : Dom.children(e)) {
            for (String s : skip) {
                if (s.equals(c.getLocalName())) {
                    continue outer;
                }
            }
            block(c, "");
        }
    }

    private void addRk(Element meta, String name) {
        Element e = Dom.rkChild(meta, name);
        if (e != null) {
            add(PlainText.of(e).strip());
        }
    }

    private void add(String line) {
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    private static String join(String title, String text) {
        if (title.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? title : title + SP + text;
    }
}
