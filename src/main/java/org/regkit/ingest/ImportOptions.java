package org.regkit.ingest;

/**
 * Import settings: the input's encoding ({@code null}: detected from its bytes, BOM or declaration)
 * and the regulation id ({@code null}: from the file name).
 */
public record ImportOptions(String encoding, String regulationId) {
    /** Detect the encoding, derive the id from the file name. */
    public static final ImportOptions DEFAULT = new ImportOptions(null, null);
}
