package org.regkit.xml;

import org.regkit.io.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which elements an XSD allows inside which, order aside: read from the schema's own declarations
 * (global elements, their inline or named complex types, groups, extension bases). Used to tell an
 * element that is merely out of the schema's order — as published e-Gov data sometimes has it, a
 * {@code List} right after a {@code ParagraphSentence} — from one that does not belong there at all.
 */
public final class ContentModels {
    private static final String XS = "http://www.w3.org/2001/XMLSchema";
    /** Stands for xs:any among the children: anything goes. */
    private static final String ANY = "*";

    private final String resource;
    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Element> types = new HashMap<>();
    private final Map<String, Element> groups = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private boolean read;

    private ContentModels(String resource) {
        this.resource = resource;
    }

    /** The content models of a schema on the class path ({@code /schema/regulation.xsd}), read when first asked. */
    public static ContentModels of(String resource) {
        return new ContentModels(resource);
    }

    /** Reads the schema on first use: most documents never need it. */
    private void read() {
        if (read) {
            return;
        }
        read = true;
        try (InputStream in = ContentModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the class path: " + resource);
            }
            index(new XmlLoader(null).load(in.readAllBytes(), resource).document());
        } catch (IOException | InputException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private void index(Document xsd) {
        for (Node n = xsd.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && e.hasAttribute("name")) {
                switch (e.getLocalName()) {
                    case "element" -> elements.put(e.getAttribute("name"), e);
                    case "complexType" -> types.put(e.getAttribute("name"), e);
                    case "group" -> groups.put(e.getAttribute("name"), e);
                    default -> {
                        // simple types and attribute groups say nothing about children
                    }
                }
            }
        }
    }

    /** Whether the schema declares an element of this local name at all (anywhere in the vocabulary). */
    public synchronized boolean declares(String name) {
        read();
        return elements.containsKey(name) || declaredLocally(name);
    }

    private boolean declaredLocally(String name) {
        if (local == null) {
            local = new HashSet<>();
            for (String parent : elements.keySet()) {
                local.addAll(children.computeIfAbsent(parent, this::childrenOf));
            }
        }
        return local.contains(name);
    }

    /** Names of elements declared inside others (TableHeaderRow, NewProvision …), made when first asked. */
    private Set<String> local;

    /** Whether the schema allows {@code child} somewhere inside {@code parent} (both local names, no namespace). */
    public synchronized boolean allows(String parent, String child) {
        read();
        Set<String> allowed = children.computeIfAbsent(parent, this::childrenOf);
        return allowed.contains(child) || allowed.contains(ANY);
    }

    /**
     * The children {@code parent} must have, from the top sequence of its content model: once the
     * schema's validator has met a child out of order it stops checking the rest of that parent,
     * so a required one missing as well has to be found by name.
     */
    public synchronized Set<String> required(String parent) {
        read();
        Element decl = elements.get(parent);
        Element type = decl == null ? null : first(decl, "complexType");
        if (type == null && decl != null && !decl.getAttribute("type").isEmpty()) {
            type = types.get(localName(decl.getAttribute("type")));
        }
        Element sequence = type == null ? null : first(type, "sequence");
        Set<String> out = new HashSet<>();
        for (Node n = sequence == null ? null : sequence.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && XS.equals(c.getNamespaceURI()) && "element".equals(c.getLocalName())
                    && c.hasAttribute("ref") && !"0".equals(c.getAttribute("minOccurs"))) {
                out.add(localName(c.getAttribute("ref")));
            }
        }
        return out;
    }

    private static Element first(Element parent, String localName) {
        return Elements.firstChild(parent, XS, localName);
    }

    private Set<String> childrenOf(String element) {
        Set<String> out = new HashSet<>();
        Element decl = elements.get(element);
        if (decl != null) {
            collect(decl, out, new HashSet<>());
        }
        return out;
    }

    /** Every element reference below {@code e}, following type, group and base references once each. */
    private void collect(Element e, Set<String> out, Set<Element> seen) {
        if (!seen.add(e)) {
            return;
        }
        follow(types, e.getAttribute("type"), out, seen);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c) || !XS.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "element" -> out.add(c.hasAttribute("ref") ? localName(c.getAttribute("ref")) : c.getAttribute("name"));
                case "any" -> out.add(ANY);
                case "group" -> follow(groups, c.getAttribute("ref"), out, seen);
                case "extension", "restriction" -> {
                    follow(types, c.getAttribute("base"), out, seen);
                    collect(c, out, seen);
                }
                default -> collect(c, out, seen);
            }
        }
    }

    private void follow(Map<String, Element> named, String ref, Set<String> out, Set<Element> seen) {
        Element target = ref.isEmpty() ? null : named.get(localName(ref));
        if (target != null) {
            collect(target, out, seen);
        }
    }

    private static String localName(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
