package org.regkit.ingest;

import java.util.List;
import org.regkit.io.Problem;

/**
 * What an import produced: the XML (a regulation or a register), the warnings about the input
 * (errors are thrown instead), and the encoding the input was read in.
 */
public record Imported(byte[] xml, List<Problem> warnings, String encoding) {
    public Imported {
        warnings = List.copyOf(warnings);
    }
}
