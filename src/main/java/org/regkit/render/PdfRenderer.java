package org.regkit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;

/**
 * A regkit document → XSL-FO (Saxon) → PDF (FOP), streamed: Saxon's output events feed FOP
 * directly, with no FO file in between. What FOP warns about (a glyph missing from the font, say)
 * comes back as a warning about the document, not as console noise.
 */
public final class PdfRenderer {
    private PdfRenderer() {
    }

    /** A regulation as of a day (a version not yet in force then is labelled so); returns FOP's warnings. */
    public static List<Problem> render(Regulation regulation, LocalDate asOf, FontSet fonts, PdfProfile profile,
                                       OutputStream out) throws IOException, RenderException {
        return render(ProvisionAnnotator.annotate(regulation), regulation.source(), Stylesheet.REGULATION_FO,
                Status.parameters(regulation, asOf), fonts, profile, out);
    }

    /**
     * Renders any regkit document with an FO stylesheet; shared by the regulation, dossier and diff
     * reports. The document title comes from the stylesheet's XMP (fo:declarations), which FOP copies
     * into the Info dictionary: FOUserAgent.setTitle would write dc:title as a plain value, which
     * PDF/A forbids.
     */
    public static List<Problem> render(Document document, String systemId, Stylesheet stylesheet,
                                       FontSet fonts, PdfProfile profile, OutputStream out) throws IOException, RenderException {
        return render(document, systemId, stylesheet, Map.of(), fonts, profile, out);
    }

    private static List<Problem> render(Document document, String systemId, Stylesheet stylesheet,
                                        Map<QName, XdmValue> parameters, FontSet fonts, PdfProfile profile,
                                        OutputStream out) throws IOException, RenderException {
        FOUserAgent ua = FopFactories.get(fonts).newFOUserAgent();
        ua.setCreator("regkit");
        ua.setAccessibility(profile.tagged());
        if (profile.fopMode() != null) {
            ua.getRendererOptions().put("pdf-a-mode", profile.fopMode());
        }
        List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
        ua.getEventBroadcaster().addEventListener(event -> {
            if (!"INFO".equalsIgnoreCase(event.getSeverity().getName())) {
                warnings.add(Problem.warning(systemId, 0, 0, Messages.text("pdf.event", org.apache.fop.events.EventFormatter.format(event))));
            }
        });
        Map<QName, XdmValue> all = new HashMap<>(fontParameters(fonts));
        all.putAll(parameters);
        try {
            Fop fop = ua.newFop(org.apache.fop.apps.MimeConstants.MIME_PDF, out);
            Stylesheets.transform(stylesheet.resource(), all, new DOMSource(document, systemId),
                    new SAXDestination(fop.getDefaultHandler()));
        } catch (FOPException e) {
            throw Stylesheets.failure("PDF", e.getMessage(), e);
        }
        return List.copyOf(warnings);
    }

    /**
     * The XSL-FO behind the PDF, exactly as {@link #render(Regulation, LocalDate, FontSet, PdfProfile, OutputStream)}
     * hands it to FOP (for inspection, and for benchmarking FOP alone).
     */
    public static void renderFo(Regulation regulation, LocalDate asOf, FontSet fonts, OutputStream out)
            throws IOException, RenderException {
        Map<QName, XdmValue> all = new HashMap<>(fontParameters(fonts));
        all.putAll(Status.parameters(regulation, asOf));
        Stylesheets.transform(Stylesheet.REGULATION_FO.resource(), all, new DOMSource(ProvisionAnnotator.annotate(regulation),
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
