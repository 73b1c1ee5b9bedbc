package org.regkit.xml;

import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads an XML file in one hardened pass: builds a DOM whose elements know their source position
 * and, when a schema is given, validates against it at the same time, collecting every schema
 * problem rather than stopping at the first.
 */
public final class XmlLoader {
    private final Schema schema;
    private final ContentModels order;
    private final String validatedElement;

    /** A loader that validates against {@code schema}, or only checks well-formedness when null. */
    public XmlLoader(Schema schema) {
        this(schema, null, null);
    }

    private XmlLoader(Schema schema, ContentModels order, String validatedElement) {
        this.schema = schema;
        this.order = order;
        this.validatedElement = validatedElement;
    }

    /**
     * This loader, reporting an element that the schema allows in its parent but at another place
     * as a warning rather than an error (see {@link OrderTolerance}); {@code models} are the schema's.
     */
    public XmlLoader toleratingOrder(ContentModels models) {
        return new XmlLoader(schema, models, validatedElement);
    }

    /**
     * This loader, validating only the first element of that local name and what it holds: the law
     * inside an e-Gov API response, with the positions of the response file.
     */
    public XmlLoader validatingOnly(String localName) {
        return new XmlLoader(schema, order, localName);
    }

    /** The loaded document and the schema problems found in it (empty when valid). */
    public record Loaded(Document document, List<Problem> problems) {
        public boolean valid() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /** The largest file regkit reads: no law comes near it, and a file that large is a mistake or an attack. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Loads a file; malformed or hostile XML and I/O failures are an unreadable-input exception. */
    public Loaded load(Path file) throws InputException {
        return load(read(file), file.toString());
    }

    /** The bytes of a file, or an unreadable-input exception naming it. */
    public static byte[] read(Path file) throws InputException {
        String name = file.toString();
        org.regkit.io.ReadFiles.note(file);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(Problem.error(name, 0, 0, Messages.text("xml.too-large",
                        Files.size(file) / (1024 * 1024), MAX_BYTES / (1024 * 1024))), true);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.error(name, 0, 0, Messages.text("io.no-such-file")), true);
        } catch (IOException e) {
            throw new InputException(Problem.error(name, 0, 0, Messages.text("io.cannot-read", org.regkit.io.IoErrors.reason(e))), true);
        }
    }

    /** Loads XML held in memory; {@code name} is used in problem messages. */
    public Loaded load(byte[] bytes, String name) throws InputException {
        DomBuilder dom = new DomBuilder();
        List<Problem> problems = parse(bytes, name, dom);
        String declared = XmlEncoding.declared(bytes);
        if (declared != null && DomBuilder.declaredEncoding(dom.document()) == null) {
            dom.document().setUserData(DomBuilder.ENCODING, declared, null); // read by regkit, not by the parser
        }
        return new Loaded(dom.document(), problems);
    }

    /**
     * Parses XML into any content handler (a JAXB unmarshaller, say), validating in the same pass;
     * returns the schema problems. Malformed or hostile XML is an unreadable-input exception.
     */
    public List<Problem> parse(byte[] bytes, String name, ContentHandler target) throws InputException {
        XMLReader reader = SecureXml.newReader();
        List<Problem> problems = new ArrayList<>();
        ContentHandler handler = target;
        if (schema != null) {
            ValidatorHandler validator = schema.newValidatorHandler();
            ErrorHandler errors = new Collector(name, problems);
            ContentHandler checks = validator;
            if (order != null) {
                OrderTolerance tolerance = new OrderTolerance(name, problems, order, errors);
                errors = tolerance;
                checks = new TeeHandler(tolerance, validator); // it learns of each element before the validator judges it
            }
            validator.setErrorHandler(errors);
            if (validatedElement != null) {
                checks = new Subtree(validatedElement, checks);
            }
            handler = new TeeHandler(checks, target);
        }
        try {
            reader.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            reader.setContentHandler(new Limits(handler));
            reader.setErrorHandler(new FatalOnly(name));
            String strictlyDecoded = XmlEncoding.decode(bytes, name);
            InputSource in = strictlyDecoded != null ? new InputSource(new java.io.StringReader(strictlyDecoded))
                    : new InputSource(new ByteArrayInputStream(bytes));
            in.setSystemId(name);
            reader.parse(in);
        } catch (SAXParseException e) {
            throw new InputException(Problem.error(name, e.getLineNumber(), e.getColumnNumber(),
                    explain(e.getMessage())), true);
        } catch (SAXException e) {
            throw new InputException(Problem.error(name, 0, 0, explain(e.getMessage())), true);
        } catch (IOException e) {
            throw new InputException(Problem.error(name, 0, 0, Messages.text("io.cannot-read", e.getMessage())), true);
        }
        return List.copyOf(problems);
    }

    /** Turns the parser's wording for a refused DOCTYPE into one that says why. */
    private static String explain(String message) {
        if (message != null && message.contains("DOCTYPE")) {
            return Messages.text("xml.doctype");
        }
        if (message != null && message.contains("accessExternal")) {
            return Messages.text("xml.external", message);
        }
        return message;
    }

    /** Collects schema errors as problems, with the position the validator reports. */
    private record Collector(String file, List<Problem> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            problems.add(Problem.warning(file, e.getLineNumber(), e.getColumnNumber(), tidy(e)));
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(Problem.error(file, e.getLineNumber(), e.getColumnNumber(), tidy(e)));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Drops the Xerces message code ("cvc-complex-type.2.4.a: ") that tells users nothing. */
    static String tidy(SAXParseException e) {
        String m = e.getMessage();
        return m == null ? Messages.text("xml.schema-violation") : m.replaceFirst("^cvc-[\\w.-]+: ", "");
    }

    /** Well-formedness errors stop the parse; the parser's warnings are not problems of ours. */
    private record FatalOnly(String file) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // ignored: the parser only warns about things schema validation reports anyway
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
