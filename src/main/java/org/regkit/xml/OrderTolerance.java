package org.regkit.xml;

import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sits beside a schema validator and decides which of its findings break a regulation. Only an
 * element the vocabulary does not have is an error. Everything else the profile is stricter about
 * than the published data — an element the schema allows in its parent but elsewhere in the order
 * (a List right after a ParagraphSentence), an element of the vocabulary in a parent that may not
 * hold it (a Subitem1Title inside a Subitem2, as e-Gov has published), a required child missing,
 * an attribute regkit's profile does not know, a value of another shape (Num="") — is a warning,
 * and the law is kept as it stands: a published law is authoritative. The validator stops checking
 * a parent after its first out-of-order child, so this also checks, at the parent's end, that none
 * of its required children is missing.
 */
final class OrderTolerance extends DefaultHandler {
    /** An element being read: its name, the names of its children so far (made on the first), whether it was reordered. */
    private static final class Open {
        final String name;
        /** A list, not a set (every parent of a law has one): a run of children of one kind is noted once. */
        List<String> children = List.of();
        boolean reordered;

        Open(String name) {
            this.name = name;
        }

        void child(String name) {
            if (children.isEmpty()) {
                children = new ArrayList<>(4);
            } else if (children.get(children.size() - 1).equals(name)) {
                return;
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
                    problems.add(Problem.warning(file, line(), column(), Messages.text("order.lacks", e.name, required)));
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
            problems.add(Problem.warning(file, e.getLineNumber(), e.getColumnNumber(), Messages.text("order.children",
                    parent.name, child.name, XmlLoader.tidy(e))));
        } else if (misplaced && child != null && parent != null && models.declares(child.name)) {
            parent.reordered = true;
            problems.add(Problem.warning(file, e.getLineNumber(), e.getColumnNumber(), Messages.text("order.misplaced",
                    child.name, parent.name, XmlLoader.tidy(e))));
        } else if (misplaced || message.startsWith("cvc-elt.1")) {
            strict.error(e); // an element the vocabulary does not have
        } else if (!message.startsWith("cvc-datatype-valid") && !message.startsWith("cvc-pattern-valid")
                && !message.startsWith("cvc-enumeration-valid") && !message.startsWith("cvc-minInclusive-valid")) {
            // the facet message is followed by one naming the attribute and element: that one is kept
            problems.add(Problem.warning(file, e.getLineNumber(), e.getColumnNumber(),
                    Messages.text("order.stricter", XmlLoader.tidy(e))));
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
