package org.regkit.xml;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A DOM document regkit builds for its stylesheets (dossier, 新旧対照表): elements in one namespace and prefix. */
public final class OutputDocument {
    private final Document doc;
    private final String namespace;
    private final String prefix;

    public OutputDocument(String namespace, String prefix) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            this.doc = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        this.namespace = namespace;
        this.prefix = prefix;
    }

    public Document document() {
        return doc;
    }

    /** Creates the document element. */
    public Element root(String name) {
        Element e = element(name);
        doc.appendChild(e);
        return e;
    }

    /** Appends a new element to {@code parent} and returns it. */
    public Element add(Element parent, String name) {
        Element e = element(name);
        parent.appendChild(e);
        return e;
    }

    private Element element(String name) {
        return doc.createElementNS(namespace, prefix + ":" + name);
    }
}
