package org.regkit.render;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;

/**
 * Regulation XML → XSL-FO (Saxon) → PDF (FOP), streamed: Saxon's output events feed FOP
 * directly, with no FO file in between. What FOP warns about (a glyph missing from the font, say)
 * comes back as a warning, not as console noise.
 */
public final class PdfRenderer {
    public static final String STYLESHEET = "/xslt/fo/regulation.xsl";

    private PdfRenderer() {
    }

    /** The warnings FOP raised while rendering. */
    public record Result(List<String> warnings) {
    }

    public static Result render(Regulation regulation, java.time.LocalDate asOf, FontSet fonts, PdfProfile profile,
                                OutputStream out) throws SaxonApiException, FOPException {
        return renderFo(ProvisionAnnotator.annotate(regulation), regulation.source(), STYLESHEET, Status.parameters(regulation, asOf),
                fonts, profile, out);
    }

    /**
     * Renders any regkit document with an FO stylesheet; shared by the regulation, dossier and diff
     * reports. The document title comes from the stylesheet's XMP (fo:declarations), which FOP copies
     * into the Info dictionary: FOUserAgent.setTitle would write dc:title as a plain value, which
     * PDF/A forbids.
     */
    public static Result renderFo(Document document, String systemId, String stylesheet,
                                  FontSet fonts, PdfProfile profile, OutputStream out)
            throws SaxonApiException, FOPException {
        return renderFo(document, systemId, stylesheet, Map.of(), fonts, profile, out);
    }

    /** As above, with stylesheet parameters beyond the fonts. */
    static Result renderFo(Document document, String systemId, String stylesheet, Map<QName, XdmValue> parameters,
                           FontSet fonts, PdfProfile profile, OutputStream out) throws SaxonApiException, FOPException {
        FOUserAgent ua = FopFactories.get(fonts).newFOUserAgent();
        ua.setCreator("regkit");
        ua.setAccessibility(profile.tagged());
        if (profile.fopMode() != null) {
            ua.getRendererOptions().put("pdf-a-mode", profile.fopMode());
        }
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        ua.getEventBroadcaster().addEventListener(event -> {
            String severity = event.getSeverity().getName();
            if (!"INFO".equalsIgnoreCase(severity)) {
                warnings.add(org.apache.fop.events.EventFormatter.format(event));
            }
        });
        Fop fop = ua.newFop(org.apache.fop.apps.MimeConstants.MIME_PDF, out);
        Map<QName, XdmValue> all = new HashMap<>(fontParameters(fonts));
        all.putAll(parameters);
        Stylesheets.transform(stylesheet, all, new DOMSource(document, systemId), new SAXDestination(fop.getDefaultHandler()));
        return new Result(List.copyOf(warnings));
    }

    /** Writes the XSL-FO instead of the PDF (for inspection and for benchmarking FOP alone). */
    public static void renderFoSource(Regulation regulation, FontSet fonts, OutputStream out) throws SaxonApiException {
        Stylesheets.transform(STYLESHEET, fontParameters(fonts), new DOMSource(ProvisionAnnotator.annotate(regulation),
                regulation.source()), Stylesheets.processor().newSerializer(out));
    }

    static Map<QName, XdmValue> fontParameters(FontSet fonts) {
        Map<QName, XdmValue> p = new HashMap<>();
        p.put(new QName("font-body"), new XdmAtomicValue(FontSet.BODY_FAMILY));
        p.put(new QName("font-heading"), new XdmAtomicValue(FontSet.HEADING_FAMILY));
        p.put(new QName("font-supplementary"),
                new XdmAtomicValue(fonts.supplementary() == null ? "" : FontSet.SUPPLEMENTARY_FAMILY));
        return p;
    }
}
