package org.regkit.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sits beside a schema validator and turns "this element is not expected here" into a warning when
 * the schema does allow that element in that parent, only elsewhere in the order: published e-Gov
 * data has such elements (a List right after a ParagraphSentence), and regkit keeps them where they
 * stand. The validator stops checking a parent after its first out-of-order child, so this also
 * checks, at the parent's end, that none of its required children is missing.
 */
final class OrderTolerance extends DefaultHandler {
    /** An element being read: its name, the names of its children so far (made on the first), whether it was reordered. */
    private static final class Open {
        final String name;
        Set<String> children = Set.of();
        boolean reordered;

        Open(String name) {
            this.name = name;
        }

        void child(String name) {
            if (children.isEmpty()) {
                children = new HashSet<>();
            }
            children.add(name);
        }
    }

    private final String file;
    private final List<Problem> problems;
    private final ContentModels models;
    private final ErrorHandler strict;
    private final Deque<Open> open = new ArrayDeque<>();
    private Locator locator;

    OrderTolerance(String file, List<Problem> problems, ContentModels models, ErrorHandler strict) {
        this.file = file;
        this.problems = problems;
        this.models = models;
        this.strict = strict;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (!open.isEmpty()) {
            open.peek().child(localName);
        }
        open.push(new Open(localName));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Open e = open.pop();
        if (e.reordered) {
            for (String required : models.required(e.name)) {
                if (!e.children.contains(required)) {
                    problems.add(Problem.error(file, line(), column(), "element '" + e.name + "' lacks its " + required));
                }
            }
        }
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        strict.warning(e);
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean misplaced = message.startsWith("cvc-complex-type.2.4.a") || message.startsWith("cvc-complex-type.2.4.d");
        Open child = open.peek();
        Open parent = open.size() > 1 ? open.toArray(new Open[0])[1] : null;
        if (misplaced && child != null && parent != null && models.allows(parent.name, child.name)) {
            parent.reordered = true;
            problems.add(Problem.warning(file, e.getLineNumber(), e.getColumnNumber(), "the children of '" + parent.name
                    + "' are not in the schema's order ('" + child.name + "' is not expected here); kept as they stand ("
                    + XmlLoader.tidy(e) + ")"));
        } else {
            strict.error(e);
        }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        strict.fatalError(e);
    }

    private int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? 0 : locator.getColumnNumber();
    }
}
