package org.regkit.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regkit.model.Dom;
import org.regkit.model.Regulation;
import org.regkit.export.TextExporter;
import org.w3c.dom.Element;

/**
 * A changed, added or removed appendix (別表, 別記, 様式 …), or the 目次. Appendices are no provisions,
 * yet amendments change them as often as articles (別表第１を次のように改める), and a 目次 changes with
 * every chapter added or renamed: they are paired by element and number, and compared line by line as
 * the text export writes them (a table row a line).
 *
 * @param key      element and number: {@code AppdxTable 1}
 * @param runs     the difference of the lines, {@code \n} between lines
 */
public record AppendixChange(ChangeType type, String key, String oldLabel, String newLabel, List<Run> runs) {
    private static final List<String> ELEMENTS = List.of("TOC", "AppdxTable", "AppdxNote", "AppdxStyle", "Appdx", "AppdxFig", "AppdxFormat");

    /** Whether this is the 目次 (printed before the articles, not after them). */
    public boolean isContents() {
        return key.startsWith("TOC ");
    }

    /** The appendix changes between two versions, in the new version's order, removed ones last. */
    static List<AppendixChange> between(Regulation oldVersion, Regulation newVersion) {
        Map<String, Element> olds = appendices(oldVersion);
        Map<String, Element> news = appendices(newVersion);
        List<AppendixChange> out = new ArrayList<>();
        news.forEach((key, n) -> {
            Element o = olds.get(key);
            String newText = text(n);
            if (o == null) {
                out.add(new AppendixChange(ChangeType.ADDED, key, null, label(n), List.of(new Run(Run.Op.INSERT, newText))));
            } else {
                String oldText = text(o);
                if (!oldText.equals(newText)) {
                    out.add(new AppendixChange(ChangeType.MODIFIED, key, label(o), label(n), CharDiff.diff(oldText, newText)));
                }
            }
        });
        olds.forEach((key, o) -> {
            if (!news.containsKey(key)) {
                out.add(new AppendixChange(ChangeType.REMOVED, key, label(o), null, List.of(new Run(Run.Op.DELETE, text(o)))));
            }
        });
        return out;
    }

    /** The appendices under LawBody by element and number (or place among their kind when unnumbered). */
    private static Map<String, Element> appendices(Regulation r) {
        Map<String, Element> out = new LinkedHashMap<>();
        Element body = Dom.child(r.document().getDocumentElement(), "LawBody");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Element e : body == null ? List.<Element>of() : Dom.children(body)) {
            if (ELEMENTS.contains(e.getLocalName())) {
                int place = seen.merge(e.getLocalName(), 1, Integer::sum);
                String num = e.getAttribute("Num");
                out.put(e.getLocalName() + " " + (num.isEmpty() ? place : num), e);
            }
        }
        return out;
    }

    private static String text(Element appendix) {
        return String.join("\n", TextExporter.provision(appendix));
    }

    /** The appendix's title as printed (別表第１（第２条関係）), or its element name when it has none. */
    public static String label(Element appendix) {
        Element title = Dom.children(appendix).stream().filter(c -> c.getLocalName().endsWith("Title")
                || c.getLocalName().equals("ArithFormulaNum") || c.getLocalName().equals("TOCLabel")).findFirst().orElse(null);
        return title == null ? appendix.getLocalName() : org.regkit.model.PlainText.of(title).strip();
    }
}
