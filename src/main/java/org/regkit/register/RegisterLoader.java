package org.regkit.register;

import jakarta.xml.bind.Binder;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.nio.file.Path;
import java.util.List;
import org.regkit.xml.InputException;
import org.regkit.xml.Problem;
import org.regkit.xml.Schemas;
import org.regkit.xml.XmlLoader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a register: hardened parsing and schema validation ({@link XmlLoader}), then JAXB
 * binding through a {@link Binder}, which keeps each object's element (and so its position).
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

    public static LoadedRegister load(Path file) throws InputException {
        String name = file.toString();
        XmlLoader.Loaded loaded = new XmlLoader(Schemas.register()).load(file);
        Element root = loaded.document().getDocumentElement();
        if (!"register".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new InputException(Problem.error(name, 1, 1, "not a register: the root element must be "
                    + "<register xmlns=\"" + NS + "\">"), false);
        }
        if (!loaded.valid()) {
            throw new InputException(loaded.problems().stream().filter(Problem::isError).toList(), false);
        }
        try {
            Binder<Node> binder = context().createBinder();
            RegisterDoc doc = (RegisterDoc) binder.unmarshal(loaded.document());
            return new LoadedRegister(name, doc, binder);
        } catch (JAXBException e) {
            throw new InputException(List.of(Problem.error(name, 0, 0, "cannot read the register: " + e)), false);
        }
    }
}
