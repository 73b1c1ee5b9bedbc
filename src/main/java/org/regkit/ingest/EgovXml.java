package org.regkit.ingest;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.regkit.model.Dom;
import org.regkit.model.JapaneseDates;
import org.regkit.xml.InputException;
import org.regkit.xml.Problem;
import org.regkit.xml.Schemas;
import org.regkit.xml.SecureXml;
import org.regkit.xml.XmlLoader;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * e-Gov law XML in and out. Import reads a bare {@code Law}, the API v2 response
 * ({@code law_data_response}, whose {@code revision_info} gives the revision id and the enforcement
 * date) or the v1 one ({@code DataRoot}); the law is kept exactly as published and regkit's
 * {@code rk:Meta} is added. Published data does not always satisfy the schema: such problems are
 * warnings, the law is never rejected or trimmed. Export strips everything in regkit's namespace.
 */
public final class EgovXml {
    private EgovXml() {
    }

    /** The regulation XML and the warnings (schema problems of the published data). */
    public record Imported(byte[] xml, List<Problem> warnings) {
    }

    public static Imported importLaw(byte[] bytes, String file, String regulationId) throws InputException {
        Document in = new XmlLoader(null).load(bytes, file).document();
        Element root = in.getDocumentElement();
        Element law;
        String revision = null;
        String enforcement = null;
        switch (root.getLocalName()) {
            case "Law" -> law = root;
            case "law_data_response" -> {
                law = first(root, "Law");
                revision = text(first(root, "law_revision_id"));
                enforcement = text(first(root, "amendment_enforcement_date"));
            }
            case "DataRoot" -> law = first(root, "Law");
            default -> throw new InputException(Problem.error(file, 1, 1, "not e-Gov law XML: the root element is "
                    + root.getLocalName() + " (expected Law, law_data_response or DataRoot)"), false);
        }
        if (law == null) {
            throw new InputException(Problem.error(file, 1, 1, "the response holds no Law element"), false);
        }
        Document out = newDocument();
        Element copy = (Element) out.importNode(law, true);
        out.appendChild(copy);
        copy.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:rk", Dom.RK);
        Node old = Dom.rkChild(copy, "Meta");
        if (old != null) {
            copy.removeChild(old);
        }
        copy.insertBefore(meta(out, copy, file, bytes, regulationId, revision, enforcement), copy.getFirstChild());
        byte[] xml = serialise(out);
        List<Problem> warnings = new ArrayList<>();
        for (Problem p : new XmlLoader(Schemas.regulation()).load(xml, file).problems()) {
            warnings.add(Problem.warning(file, 0, 0, "the published law does not satisfy the schema, imported as it is: "
                    + p.message()));
        }
        return new Imported(xml, warnings);
    }

    private static Element meta(Document out, Element law, String file, byte[] bytes, String id, String revision, String enforcement) {
        Element meta = out.createElementNS(Dom.RK, "rk:Meta");
        add(meta, "RegulationId", id != null ? id : TextImporter.idFromFile(file));
        LocalDate promulgated = promulgation(law);
        if (promulgated != null) {
            add(meta, "PromulgationDate", JapaneseDates.format(promulgated)).setAttribute("date", promulgated.toString());
        }
        if (enforcement != null) {
            try {
                LocalDate d = LocalDate.parse(enforcement);
                add(meta, "EffectiveDate", JapaneseDates.format(d)).setAttribute("date", d.toString());
            } catch (DateTimeParseException e) {
                // an enforcement date we cannot read is left out rather than guessed
            }
        }
        Element source = add(meta, "Source", null);
        source.setAttribute("format", "egov");
        source.setAttribute("file", java.nio.file.Path.of(file).getFileName().toString());
        source.setAttribute("sha256", TextImporter.sha256(bytes));
        if (revision != null) {
            source.setAttribute("revision", revision);
        }
        return meta;
    }

    /** The promulgation day from Law's Era, Year, PromulgateMonth and PromulgateDay, when all are there. */
    private static LocalDate promulgation(Element law) {
        try {
            String era = switch (law.getAttribute("Era")) {
                case "Meiji" -> "明治";
                case "Taisho" -> "大正";
                case "Showa" -> "昭和";
                case "Heisei" -> "平成";
                case "Reiwa" -> "令和";
                default -> null;
            };
            if (era == null || law.getAttribute("PromulgateMonth").isEmpty() || law.getAttribute("PromulgateDay").isEmpty()) {
                return null;
            }
            return JapaneseDates.toIso(era, Integer.parseInt(law.getAttribute("Year")),
                    Integer.parseInt(law.getAttribute("PromulgateMonth")), Integer.parseInt(law.getAttribute("PromulgateDay")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Strict e-Gov XML: every element and attribute in regkit's namespace removed. */
    public static byte[] export(Document regulation) {
        Document copy = (Document) regulation.cloneNode(true);
        strip(copy.getDocumentElement());
        return serialise(copy);
    }

    private static void strip(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            if (Dom.RK.equals(a.getNamespaceURI()) || Dom.RK.equals(a.getValue()) && "xmlns".equals(a.getPrefix())) {
                e.removeAttributeNode(a);
            }
        }
        for (Node c = e.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            if (c instanceof Element child) {
                if (Dom.RK.equals(child.getNamespaceURI())) {
                    Node before = child.getPreviousSibling();
                    e.removeChild(child);
                    if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getNodeValue().isBlank()) {
                        e.removeChild(before); // the indentation the removed element stood on
                    }
                } else {
                    strip(child);
                }
            }
            c = next;
        }
    }

    private static Element first(Element root, String name) {
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

    private static byte[] serialise(Document doc) {
        try {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
