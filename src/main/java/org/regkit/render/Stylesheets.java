package org.regkit.render;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.Source;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The project's XSLT 3.0 stylesheets (from {@code xslt/}, carried in the jar), compiled once by
 * one hardened Saxon processor. Saxon may read only jar and file URIs (its own stylesheets and
 * string tables); the parser it uses refuses DOCTYPE declarations. Input documents never reach
 * Saxon's parser: they arrive as DOM trees that {@link org.regkit.xml.XmlLoader} already checked.
 */
public final class Stylesheets {
    private static final Processor PROCESSOR = newProcessor();
    private static final Map<String, CompletableFuture<XsltExecutable>> CACHE = new ConcurrentHashMap<>();

    private Stylesheets() {
    }

    static Processor newProcessor() {
        Processor p = new Processor(false);
        p.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "jar,file");
        p.setConfigurationProperty(Feature.DTD_VALIDATION, false);
        p.setConfigurationProperty(Feature.XML_PARSER_FEATURE.name
                + java.net.URLEncoder.encode("http://apache.org/xml/features/disallow-doctype-decl",
                java.nio.charset.StandardCharsets.UTF_8), true);
        p.setConfigurationProperty(Feature.XML_PARSER_FEATURE.name
                + java.net.URLEncoder.encode("http://xml.org/sax/features/external-general-entities",
                java.nio.charset.StandardCharsets.UTF_8), false);
        return p;
    }

    /** The shared processor (for serializers and destinations). */
    static Processor processor() {
        return PROCESSOR;
    }

    /**
     * Runs a stylesheet. The text of an {@code xsl:message terminate="yes"} (such as the fallback's
     * "no template for element …") becomes the exception's message; other messages are dropped.
     * A failure to write the output (a full disk) comes back as the {@link IOException} it was.
     */
    static void transform(String resource, Map<QName, XdmValue> parameters, Source source, Destination destination)
            throws IOException, RenderException {
        Xslt30Transformer t = get(resource).load30();
        List<String> fatal = new ArrayList<>();
        t.setErrorReporter(e -> { }); // the exception carries the error: nothing goes to the console
        t.setMessageHandler(m -> {
            if (m.isTerminate()) {
                fatal.add(m.getStringValue());
            }
        });
        try {
            t.setStylesheetParameters(parameters);
            t.transform(source, destination);
        } catch (SaxonApiException e) {
            throw failure(resource, fatal.isEmpty() ? e.getMessage() : String.join("; ", fatal), e);
        }
    }

    /** What a failed transform or FOP run becomes: the write error it hides, else a {@link RenderException}. */
    static IOException failure(String what, String message, Exception e) throws RenderException {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
        }
        throw new RenderException(what + ": " + message, e);
    }

    /** A DOM document serialised as indented XML (UTF-8). */
    public static byte[] indented(org.w3c.dom.Document document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var serializer = PROCESSOR.newSerializer(out);
        serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "yes");
        try {
            serializer.serializeNode(PROCESSOR.newDocumentBuilder().wrap(document));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot serialise a document built in memory", e);
        }
        return out.toByteArray();
    }

    /** The compiled stylesheet at a class-path resource such as {@code /xslt/html/regulation.xsl}. */
    public static XsltExecutable get(String resource) {
        return CACHE.computeIfAbsent(resource, r -> CompletableFuture.completedFuture(compile(r))).join();
    }

    /**
     * Starts compiling a stylesheet on another thread, so that a command can load its input while
     * Saxon compiles (the largest part of a cold start); {@link #get} then waits for it.
     */
    public static void preload(String resource) {
        CACHE.computeIfAbsent(resource, r -> CompletableFuture.supplyAsync(() -> compile(r)));
    }

    private static XsltExecutable compile(String resource) {
        URL url = Stylesheets.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the class path: " + resource);
        }
        var compiler = PROCESSOR.newXsltCompiler();
        var errors = new java.util.ArrayList<String>();
        compiler.setErrorReporter(e -> errors.add(e.getMessage() + " (" + e.getLocation().getSystemId()
                + " line " + e.getLocation().getLineNumber() + ")"));
        try {
            return compiler.compile(new StreamSource(url.toExternalForm()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + String.join("; ", errors), e);
        }
    }
}
