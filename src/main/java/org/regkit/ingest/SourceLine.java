package org.regkit.ingest;

/** One line of a source text: its 1-based number and its characters, without the line break. */
public record SourceLine(int number, String text) {
    /** The line without leading and trailing spaces (ASCII or full-width). */
    public String stripped() {
        return Spaces.strip(text);
    }

    public boolean isBlank() {
        return stripped().isEmpty();
    }

    /** True when the line starts with a space: a new paragraph in PDF-extracted text. */
    public boolean indented() {
        return !text.isEmpty() && Spaces.isSpace(text.charAt(0));
    }
}
