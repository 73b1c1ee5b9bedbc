package org.regkit.render;

import java.io.OutputStream;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.SaxonApiException;
import java.util.Map;
import org.regkit.model.Regulation;

/** A regulation as one self-contained HTML5 page ({@code xslt/html/regulation.xsl}). */
public final class HtmlRenderer {
    public static final String STYLESHEET = "/xslt/html/regulation.xsl";

    private HtmlRenderer() {
    }

    /** Renders any regkit document (a dossier, a diff report) with an HTML stylesheet. */
    public static void renderDocument(org.w3c.dom.Document document, String systemId, String stylesheet, OutputStream out)
            throws SaxonApiException {
        Stylesheets.transform(stylesheet, Map.of(), new DOMSource(document, systemId),
                Stylesheets.processor().newSerializer(out));
    }

    /** The page as of a day: a version not yet in force then is labelled so. */
    public static void render(Regulation regulation, java.time.LocalDate asOf, OutputStream out) throws SaxonApiException {
        Stylesheets.transform(STYLESHEET, Status.parameters(regulation, asOf), new DOMSource(ProvisionAnnotator.annotate(regulation),
                regulation.source()), Stylesheets.processor().newSerializer(out));
    }
}
