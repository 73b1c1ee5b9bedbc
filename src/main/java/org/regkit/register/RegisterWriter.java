package org.regkit.register;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;

/** A register back to XML (JAXB, formatted). Comments of the original file are not kept. */
public final class RegisterWriter {
    private RegisterWriter() {
    }

    public static byte[] write(RegisterDoc register) {
        java.util.List<RegisterDoc.Official> officials = register.officials;
        if (officials != null && officials.isEmpty()) {
            register.officials = null; // JAXB would write an empty <officials/>, which the schema refuses
        }
        try {
            Marshaller m = RegisterLoader.context().createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.marshal(register, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the register", e);
        } finally {
            register.officials = officials;
        }
    }
}
