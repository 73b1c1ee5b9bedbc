package org.regkit.render;

import java.io.OutputStream;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.regkit.model.Regulation;

/** A regulation as one self-contained HTML5 page ({@code xslt/html/regulation.xsl}). */
public final class HtmlRenderer {
    public static final String STYLESHEET = "/xslt/html/regulation.xsl";

    private HtmlRenderer() {
    }

    public static void render(Regulation regulation, OutputStream out) throws SaxonApiException {
        Xslt30Transformer t = Stylesheets.get(STYLESHEET).load30();
        t.setMessageHandler(m -> { });
        t.transform(new DOMSource(ProvisionAnnotator.annotate(regulation), regulation.source()),
                Stylesheets.processor().newSerializer(out));
    }
}
