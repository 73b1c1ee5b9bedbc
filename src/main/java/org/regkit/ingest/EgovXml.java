package org.regkit.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.regkit.l10n.Messages;
import org.regkit.model.Dom;
import org.regkit.model.JapaneseDates;
import org.regkit.model.NumberStyle;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.xml.Schemas;
import org.regkit.xml.XmlLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * e-Gov law XML in. Import reads a bare {@code Law}, the API v2 response
 * ({@code law_data_response}, whose {@code revision_info} gives the revision id and the enforcement
 * date) or the v1 one ({@code DataRoot}); the law is kept exactly as published and regkit's
 * {@code rk:Meta} is added. Published data does not always satisfy the schema: such problems are
 * warnings, the law is never rejected or trimmed. ({@link org.regkit.export.EgovExport} writes it back.)
 */
public final class EgovXml {
    private EgovXml() {
    }

    public static Imported importLaw(byte[] bytes, String file, String regulationId) throws InputException {
        // the published law is judged where it stands in the file, so that warnings point into it
        XmlLoader.Loaded loaded = new XmlLoader(Schemas.regulation()).toleratingOrder(Schemas.regulationModels())
                .validatingOnly("Law").load(bytes, file);
        Document in = loaded.document();
        Published published = Published.of(in.getDocumentElement(), file);
        Element law = published.law();
        Document out = newDocument();
        Element copy = (Element) out.importNode(law, true);
        out.appendChild(copy);
        copy.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:rk", Dom.RK);
        Node old = Dom.rkChild(copy, "Meta");
        if (old != null) {
            copy.removeChild(old);
        }
        copy.insertBefore(meta(out, copy, file, bytes, regulationId, published, org.regkit.xml.Locations.declaredEncoding(in)),
                copy.getFirstChild());
        byte[] xml = org.regkit.xml.XmlWriter.bytes(out, "UTF-8");
        List<Problem> warnings = new ArrayList<>();
        for (Problem p : loaded.problems()) {
            warnings.add(p.isError() ? Problem.warning(p.file(), p.line(), p.column(),
                    Messages.text("import.egov.invalid", p.message())) : p);
        }
        return new Imported(xml, warnings, org.regkit.xml.Locations.declaredEncoding(in));
    }

    /** True for the root of an e-Gov API response (v2 {@code law_data_response}, v1 {@code DataRoot}). */
    public static boolean isResponse(Element root) {
        return isResponseRoot(root.getLocalName());
    }

    /** True for the local name of an e-Gov API response's root element. */
    public static boolean isResponseRoot(String localName) {
        return List.of("law_data_response", "DataRoot").contains(localName);
    }

    /**
     * Makes the law inside an e-Gov API response the document's root, with what the response says
     * of it (revision, enforcement date, status) as regkit's metadata, so that any command reads a
     * response as it reads a law. The law's elements keep their positions in the response file.
     */
    public static void unwrap(Document document, String file, byte[] bytes) throws InputException {
        Published published = Published.of(document.getDocumentElement(), file);
        Element law = published.law();
        law.getParentNode().removeChild(law);
        document.replaceChild(law, document.getDocumentElement());
        law.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:rk", Dom.RK);
        if (Dom.rkChild(law, "Meta") == null) {
            law.insertBefore(meta(document, law, file, bytes, null, published, org.regkit.xml.Locations.declaredEncoding(document)),
                    law.getFirstChild());
        }
    }

    /**
     * The law and what its wrapper says of it. The API v2 response ({@code law_data_response}) gives,
     * in {@code revision_info}, the revision id, the enforcement date (or, for a revision not yet in
     * force, the scheduled one) and whether it is the current, a previous or a repealed revision;
     * in {@code law_info}, the promulgation date. The v1 response ({@code DataRoot}) and a bare
     * {@code Law} give nothing beyond the law.
     */
    private record Published(Element law, String revision, String enforcement, String promulgation, String status) {
        static Published of(Element root, String file) throws InputException {
            Element law = "Law".equals(root.getLocalName()) ? root : first(root, "Law");
            if (!List.of("Law", "law_data_response", "DataRoot").contains(root.getLocalName())) {
                throw new InputException(Problem.error(file, 1, 1, Messages.text("import.egov.not-law", root.getLocalName())), false);
            }
            if (law == null) {
                throw new InputException(Problem.error(file, 1, 1, Messages.text("import.egov.no-law")), false);
            }
            if (!"law_data_response".equals(root.getLocalName())) {
                return new Published(law, null, null, null, null);
            }
            Element revision = first(root, "revision_info");
            Element info = first(root, "law_info");
            String enforced = text(first(revision, "amendment_enforcement_date"));
            String repeal = text(first(revision, "repeal_status"));
            String status = switch (String.valueOf(text(first(revision, "current_revision_status")))) {
                case "CurrentEnforced" -> "in-force";
                case "PreviousEnforced" -> "superseded";
                default -> null; // not yet in force: none of our statuses says so
            };
            if (repeal != null && !repeal.isEmpty() && !"None".equals(repeal)) {
                status = "repealed";
            }
            return new Published(law, text(first(revision, "law_revision_id")),
                    enforced != null && !enforced.isEmpty() ? enforced : text(first(revision, "amendment_scheduled_enforcement_date")),
                    text(first(info, "promulgation_date")), status);
        }
    }

    private static Element meta(Document out, Element law, String file, byte[] bytes, String id, Published published,
                                String encoding) {
        Element meta = out.createElementNS(Dom.RK, "rk:Meta");
        add(meta, "RegulationId", id != null ? id : TextImporter.idFromFile(file));
        if (published.status() != null) {
            add(meta, "Status", published.status());
        }
        LocalDate promulgated = JapaneseDates.promulgation(law);
        if (promulgated == null) {
            promulgated = isoDate(published.promulgation());
        }
        if (promulgated != null) {
            add(meta, "PromulgationDate", JapaneseDates.format(promulgated, NumberStyle.KANJI)).setAttribute("date", promulgated.toString());
        }
        LocalDate effective = isoDate(published.enforcement());
        if (effective != null) {
            add(meta, "EffectiveDate", JapaneseDates.format(effective, NumberStyle.KANJI)).setAttribute("date", effective.toString());
        }
        Element source = add(meta, "Source", null);
        source.setAttribute("format", "egov");
        source.setAttribute("file", java.nio.file.Path.of(file).getFileName().toString());
        source.setAttribute("sha256", TextImporter.sha256(bytes));
        if (encoding != null) {
            source.setAttribute("encoding", encoding); // export writes the law back with the same declaration
        }
        if (published.revision() != null) {
            source.setAttribute("revision", published.revision());
        }
        return meta;
    }

    /** A date as the API writes it (2025-04-01), or null when absent or unreadable: left out rather than guessed. */
    private static LocalDate isoDate(String text) {
        try {
            return text == null || text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Element first(Element root, String name) {
        if (root == null) {
            return null;
        }
        var list = root.getElementsByTagNameNS("*", name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static Element add(Element meta, String name, String text) {
        Element e = meta.getOwnerDocument().createElementNS(Dom.RK, "rk:" + name);
        if (text != null) {
            e.setTextContent(text);
        }
        meta.appendChild(e);
        return e;
    }

    private static Document newDocument() {
        try {
            var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

}
