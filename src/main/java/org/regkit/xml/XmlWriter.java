package org.regkit.xml;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/** Writes a DOM document as bytes, in an encoding named as a published file named it. */
public final class XmlWriter {
    private XmlWriter() {
    }

    /**
     * The document in the encoding a declaration names, with that label: written as characters with
     * the label in the declaration, then encoded with the charset regkit reads that label with
     * ({@link XmlEncoding#charset}), so that a Shift_JIS file comes back byte for byte. A character
     * the encoding cannot hold (none should, when they all came from it) sends the whole document
     * out in UTF-8 instead: nothing is lost.
     */
    public static byte[] bytes(Document doc, String encoding) {
        Charset cs = XmlEncoding.charset(encoding);
        if (encoding.equalsIgnoreCase("UTF-8") || cs == null) {
            return utf8(doc, cs == null ? "UTF-8" : encoding);
        }
        try {
            // the JDK's serializer would escape what its own idea of the label cannot encode (― as &#x2015;)
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter text = new StringWriter();
            text.write("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>");
            t.transform(new DOMSource(doc), new StreamResult(text));
            var bytes = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text.toString()));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return utf8(doc, "UTF-8");
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(Document doc, String label) {
        try {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, label);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
