package org.regkit.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.model.Dom;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Numerals;
import org.regkit.model.ProvisionKind;

/**
 * Writes a recognised regulation as regulation XML: e-Gov elements for the text, regkit's
 * {@code rk:Meta} for what the source says about the version (dates, issuer, what it revises).
 */
final class RegulationXmlWriter {
    private static final Pattern REVISES = Pattern.compile(
            "^(.+?)（((" + org.regkit.model.JapaneseDates.ERA_PATTERN + ")(元|[0-9０-９一二三四五六七八九十]+)年(.*?)第([0-9０-９〇一二三四五六七八九十百千]+)号)）の(全部|一部)を改正する。$");
    private static final Pattern EFFECTIVE = Pattern.compile("(" + org.regkit.model.JapaneseDates.ERA_PATTERN + "[^。、]*?日)から施行する");
    private static final String[] KINDS = {"訓令", "規則", "規程", "要綱", "要領", "告示", "通達", "条例", "法律", "政令", "省令", "府令"};

    private RegulationXmlWriter() {
    }

    /** Where the XML came from, recorded in rk:Source. */
    record SourceInfo(String regulationId, String format, String file, String sha256, String encoding) {
    }

    static byte[] write(DraftLaw law, SourceInfo source) {
        XmlOut x = new XmlOut();
        x.open("Law",
                "Era", law.eraName == null ? null : JapaneseDates.egovEra(law.eraName),
                "Year", law.eraYear == 0 ? null : Integer.toString(law.eraYear),
                "Num", law.number == 0 ? null : Integer.toString(law.number),
                "PromulgateMonth", law.date == null ? null : Integer.toString(law.date.getMonthValue()),
                "PromulgateDay", law.date == null ? null : Integer.toString(law.date.getDayOfMonth()),
                "LawType", lawType(law.lawNum),
                "Lang", "ja");
        x.namespace("rk", Dom.RK);
        meta(x, law, source);
        x.leaf("LawNum", law.lawNum);
        x.open("LawBody");
        x.leaf("LawTitle", law.title);
        for (String s : law.enactStatements) {
            x.leaf("EnactStatement", s);
        }
        if (law.toc != null) {
            toc(x, law.toc);
        }
        x.open("MainProvision");
        for (Draft d : law.main.children) {
            provision(x, d);
        }
        x.close();
        for (Draft s : law.suppls) {
            x.open("SupplProvision", "AmendLawNum", s.amendLawNum, "Extract", s.extract ? "true" : null);
            x.leaf("SupplProvisionLabel", s.title);
            for (Draft d : s.children) {
                provision(x, d);
            }
            x.close();
        }
        law.appendices.forEach(a -> appendix(x, a));
        x.close();
        x.close();
        return x.finish();
    }

    /** The 目次: TOCChapter, TOCSection … nested as the text lists them, then 附則 and 別表. */
    private static void toc(XmlOut x, TocReader.Toc toc) {
        x.open("TOC").leaf("TOCLabel", toc.label);
        toc.entries.forEach(e -> tocEntry(x, e));
        if (toc.suppl != null) {
            x.open("TOCSupplProvision").leaf("SupplProvisionLabel", toc.suppl).close();
        }
        toc.appendices.forEach(a -> x.leaf("TOCAppdxTableLabel", a));
        x.close();
    }

    private static void tocEntry(XmlOut x, TocReader.Entry e) {
        x.open("TOC" + e.kind.element(), "Num", e.num);
        x.leaf(e.kind.element() + "Title", e.title);
        x.optional("ArticleRange", e.range);
        e.children.forEach(c -> tocEntry(x, c));
        x.close();
    }

    /** 別表 as a table of its rows, 別記 and 様式 as their lines, then the 備考. */
    private static void appendix(XmlOut x, DraftAppendix a) {
        x.open(a.kind.element, "Num", a.num);
        x.leaf(a.kind.element + "Title", a.title);
        x.optional("RelatedArticleNum", a.related);
        if (!a.rows.isEmpty() || a.caption != null) {
            x.open(a.kind.struct);
            x.optional(a.kind.struct + "Title", a.caption);
            switch (a.kind) {
                case TABLE -> {
                    x.open("Table");
                    for (List<String> row : a.rows) {
                        x.open("TableRow");
                        row.forEach(cell -> x.open("TableColumn").leaf("Sentence", cell).close());
                        x.close();
                    }
                    x.close();
                }
                case NOTE -> lines(x, "Note", a.rows);
                case STYLE -> lines(x, "Style", a.rows);
            }
            x.close();
        }
        if (a.remarks != null) {
            x.open("Remarks").leaf("RemarksLabel", "備考");
            a.remarks.forEach(r -> x.leaf("Sentence", r));
            x.close();
        }
        x.close();
    }

    private static void lines(XmlOut x, String body, List<List<String>> rows) {
        x.open(body);
        rows.forEach(row -> x.leaf("Sentence", row.get(0)));
        x.close();
    }

    private static void meta(XmlOut x, DraftLaw law, SourceInfo source) {
        x.open("rk:Meta");
        x.leaf("rk:RegulationId", source.regulationId());
        x.optional("rk:Kind", kind(law.lawNum));
        if (law.date != null) {
            x.leaf("rk:PromulgationDate", law.dateText, "date", law.date.toString());
        }
        Effective effective = effective(law);
        if (effective != null) {
            x.leaf("rk:EffectiveDate", effective.text(), "date", effective.date().toString());
        }
        x.optional("rk:Issuer", law.issuer);
        if (law.promulgationStatement != null) {
            x.leaf("rk:PromulgationStatement", law.promulgationStatement,
                    "titleRepeated", law.titleRepeated ? null : "false");
        }
        for (String s : law.enactStatements) {
            Matcher m = REVISES.matcher(s);
            if (m.matches()) {
                x.leaf("rk:Revises", m.group(2), "type", m.group(7).equals("全部") ? "full" : "partial",
                        "title", m.group(1), "era", JapaneseDates.egovEra(m.group(3)),
                        "year", Integer.toString(JapaneseDates.year(m.group(4))),
                        "num", Integer.toString(Numerals.parse(m.group(6))));
            }
        }
        for (String a : law.amendments) {
            LocalDate day = JapaneseDates.find(a);
            x.leaf("rk:AmendedBy", a, "date", day == null ? null : day.toString());
        }
        x.leaf("rk:Source", null, "format", source.format(), "file", source.file(),
                "sha256", source.sha256(), "encoding", source.encoding());
        x.close();
    }

    private record Effective(String text, LocalDate date) {
    }

    /**
     * The day this version takes effect: the date the latest 附則 states (…から施行する; a
     * consolidated text is in force from its last amendment), or the promulgation date (公布の日から).
     */
    private static Effective effective(DraftLaw law) {
        for (int i = law.suppls.size() - 1; i >= 0; i--) {
            String text = allText(law.suppls.get(i), new StringBuilder()).toString();
            Matcher m = EFFECTIVE.matcher(text);
            if (m.find()) {
                LocalDate d = JapaneseDates.find(m.group(1));
                if (d != null) {
                    return new Effective(Spaces.removeAll(m.group(1)), d);
                }
            }
            if (text.contains("公布の日から施行する") && law.date != null && i == 0) {
                return new Effective(law.dateText, law.date);
            }
        }
        return null;
    }

    private static StringBuilder allText(Draft d, StringBuilder b) {
        b.append(d.text);
        for (Draft c : d.children) {
            allText(c, b);
        }
        return b;
    }

    private static String kind(String lawNum) {
        if (lawNum != null) {
            for (String k : KINDS) {
                if (lawNum.contains(k)) {
                    return k;
                }
            }
        }
        return null;
    }

    private static String lawType(String lawNum) {
        String k = kind(lawNum);
        if (k == null) {
            return "Misc";
        }
        return switch (k) {
            case "法律" -> "Act";
            case "政令" -> "CabinetOrder";
            case "省令", "府令" -> "MinisterialOrdinance";
            case "規則" -> "Rule";
            default -> "Misc";
        };
    }

    static void provision(XmlOut x, Draft d) {
        ProvisionKind k = d.kind;
        if (k.isGrouping()) {
            x.open(k.element(), "Num", d.num);
            x.leaf(k.titleElement(), d.title);
            d.children.forEach(c -> provision(x, c));
            x.close();
        } else if (k == ProvisionKind.ARTICLE) {
            x.open("Article", "Num", d.num);
            if (d.caption != null) {
                x.leaf("ArticleCaption", d.caption);
            }
            x.leaf("ArticleTitle", d.title);
            d.children.forEach(c -> provision(x, c));
            x.close();
        } else if (k == ProvisionKind.PARAGRAPH) {
            x.open("Paragraph", "Num", d.num);
            if (d.caption != null) {
                x.leaf("ParagraphCaption", d.caption);
            }
            x.leaf("ParagraphNum", d.title);
            x.open("ParagraphSentence");
            sentences(x, Spaces.tidy(d.text.toString()));
            x.close();
            d.children.forEach(c -> provision(x, c));
            x.close();
        } else {
            x.open(k.element(), "Num", d.num);
            x.leaf(k.titleElement(), d.title);
            x.open(k.sentenceElement());
            List<String> columns = d.columnsAtSpaces ? SentenceSplitter.columnsAtSpaces(d.text.toString())
                    : SentenceSplitter.columns(d.text.toString());
            if (columns.size() == 1) {
                sentences(x, columns.get(0));
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    x.open("Column", "Num", Integer.toString(i + 1));
                    sentences(x, columns.get(i));
                    x.close();
                }
            }
            x.close();
            d.children.forEach(c -> provision(x, c));
            x.close();
        }
    }

    private static void sentences(XmlOut x, String text) {
        List<SentenceSplitter.Sentence> list = SentenceSplitter.sentences(text);
        boolean hasProviso = list.stream().anyMatch(SentenceSplitter.Sentence::proviso);
        if (list.isEmpty()) {
            x.leaf("Sentence", "", "Num", "1");
        }
        for (int i = 0; i < list.size(); i++) {
            SentenceSplitter.Sentence s = list.get(i);
            x.leaf("Sentence", s.text(), "Num", Integer.toString(i + 1),
                    "Function", hasProviso ? (s.proviso() ? "proviso" : "main") : null);
        }
    }
}
