package org.regkit.export;

import org.regkit.model.Dom;
import org.regkit.xml.Locations;
import org.regkit.xml.XmlEncoding;
import org.regkit.xml.XmlWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Strict e-Gov law XML out: the law as published, everything regkit added removed. */
public final class EgovExport {
    private EgovExport() {
    }

    /**
     * Strict e-Gov XML: every element and attribute in regkit's namespace removed, in the encoding
     * the published file declared (utf-8 stays utf-8), so that what was imported goes back out as it came.
     */
    public static byte[] of(Document regulation) {
        Document copy = (Document) regulation.cloneNode(true);
        String encoding = publishedEncoding(regulation);
        strip(copy.getDocumentElement());
        return XmlWriter.bytes(copy, encoding);
    }

    /** The encoding the published law declared: from an e-Gov import's rk:Source, or the document's own declaration. */
    private static String publishedEncoding(Document regulation) {
        Element meta = Dom.rkChild(regulation.getDocumentElement(), "Meta");
        Element source = meta == null ? null : Dom.rkChild(meta, "Source");
        String declared = source != null && "egov".equals(source.getAttribute("format")) ? source.getAttribute("encoding")
                : meta == null ? Locations.declaredEncoding(regulation) : null;
        return declared != null && !declared.isEmpty() && XmlEncoding.charset(declared) != null ? declared : "UTF-8";
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

}
