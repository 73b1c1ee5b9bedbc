package org.regkit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.regkit.l10n.Messages;

/**
 * FOP's only way to the outside: it may read the font files regkit registered and nothing else.
 * An image, stylesheet or URL named in a document is refused, not fetched.
 */
final class LockedResourceResolver implements ResourceResolver {
    private final Set<URI> allowed;

    LockedResourceResolver(Set<URI> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (!allowed.contains(uri.normalize())) {
            throw new IOException(Messages.text("render.external", uri));
        }
        return new Resource(Files.newInputStream(Path.of(uri)));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException(Messages.text("render.no-write", uri));
    }
}
