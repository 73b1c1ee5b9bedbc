package org.regkit.xml;

import java.net.URL;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.xml.sax.SAXException;

/** The project's XSDs, compiled once from the class path (they are copied from {@code schema/}). */
public final class Schemas {
    private Schemas() {
    }

    private static final class Regulation {
        static final Schema SCHEMA = compile("/schema/regulation.xsd");
    }

    private static final class Register {
        static final Schema SCHEMA = compile("/schema/register.xsd");
    }

    /** {@code schema/register.xsd}: the register of information systems. */
    public static Schema register() {
        return Register.SCHEMA;
    }

    private static final ContentModels REGULATION_MODELS = ContentModels.of("/schema/regulation.xsd");

    /** Which element the regulation schema allows inside which, order aside. */
    public static ContentModels regulationModels() {
        return REGULATION_MODELS;
    }

    /** {@code schema/regulation.xsd}: our profile of the e-Gov law vocabulary. */
    public static Schema regulation() {
        return Regulation.SCHEMA;
    }

    static Schema compile(String resource) {
        URL url = Schemas.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema missing from the class path: " + resource);
        }
        try {
            return SecureXml.newSchemaFactory().newSchema(new StreamSource(url.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + e.getMessage(), e);
        }
    }
}
