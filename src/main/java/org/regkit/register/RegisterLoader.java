package org.regkit.register;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.JAXBException;
import java.nio.file.Path;
import java.util.List;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.xml.Schemas;
import org.regkit.xml.XmlLoader;

/**
 * Reads a register: hardened parsing, schema validation and JAXB unmarshalling in one SAX pass.
 */
public final class RegisterLoader {
    static final String NS = "urn:regkit:register";

    private RegisterLoader() {
    }

    private static final class Context {
        static final JAXBContext JAXB = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(RegisterDoc.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot set up JAXB for the register", e);
            }
        }
    }

    static JAXBContext context() {
        return Context.JAXB;
    }

    /**
     * Reads a register in one pass: the hardened parser feeds the schema validator and JAXB's
     * unmarshaller together, and JAXB records each object's position (@XmlLocation). No DOM is built.
     */
    public static LoadedRegister load(Path file) throws InputException {
        String name = file.toString();
        byte[] bytes = XmlLoader.read(file);
        UnmarshallerHandler jaxb;
        try {
            jaxb = context().createUnmarshaller().getUnmarshallerHandler();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        RootCheck root = new RootCheck(jaxb);
        List<Problem> problems = new XmlLoader(Schemas.register()).parse(bytes, name, root);
        if (!root.isRegister) {
            throw new InputException(Problem.error(name, 1, 1, Messages.text("register.not-register", NS)), false);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InputException(problems.stream().filter(Problem::isError).toList(), false);
        }
        try {
            return new LoadedRegister(name, (RegisterDoc) jaxb.getResult(), bytes);
        } catch (JAXBException | ClassCastException e) {
            // the schema admitted it, so JAXB's model and the schema disagree: say so without JAXB's words
            throw new InputException(List.of(Problem.error(name, Messages.text("register.does-not-fit"))), false);
        }
    }

    /** Passes events on to JAXB once the root element is known to be a register. */
    private static final class RootCheck extends org.xml.sax.helpers.XMLFilterImpl {
        boolean seenRoot;
        boolean isRegister;

        RootCheck(org.xml.sax.ContentHandler next) {
            setContentHandler(next);
        }

        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts)
                throws org.xml.sax.SAXException {
            if (!seenRoot) {
                seenRoot = true;
                isRegister = "register".equals(local) && NS.equals(uri);
            }
            if (isRegister) {
                super.startElement(uri, local, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws org.xml.sax.SAXException {
            if (isRegister) {
                super.endElement(uri, local, qName);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws org.xml.sax.SAXException {
            if (isRegister) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void endDocument() throws org.xml.sax.SAXException {
            if (isRegister) {
                super.endDocument();
            }
        }
    }
}
