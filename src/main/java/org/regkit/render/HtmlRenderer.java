package org.regkit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;

/** A regkit document as one self-contained HTML5 page. */
public final class HtmlRenderer {
    private HtmlRenderer() {
    }

    /** Renders any regkit document (a dossier, a 新旧対照表) with an HTML stylesheet. */
    public static void render(Document document, String systemId, Stylesheet stylesheet, OutputStream out)
            throws IOException, RenderException {
        Stylesheets.transform(stylesheet.resource(), Map.of(), new DOMSource(document, systemId),
                Stylesheets.processor().newSerializer(out));
    }

    /** A regulation as of a day: a version not yet in force then is labelled so. */
    public static void render(Regulation regulation, LocalDate asOf, OutputStream out) throws IOException, RenderException {
        Stylesheets.transform(Stylesheet.REGULATION_HTML.resource(), Status.parameters(regulation, asOf),
                new DOMSource(ProvisionAnnotator.annotate(regulation), regulation.source()),
                Stylesheets.processor().newSerializer(out));
    }
}
