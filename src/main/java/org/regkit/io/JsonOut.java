package org.regkit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON as regkit writes it: Jackson's streaming generator, pretty-printed, one document a string. */
public final class JsonOut {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOut() {
    }

    /** What a writer puts into one JSON document. */
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** The document {@code body} writes, ending with a newline. */
    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }
}
