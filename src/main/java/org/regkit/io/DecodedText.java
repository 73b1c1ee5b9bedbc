package org.regkit.io;

/** A text file's characters and the encoding they were read with. */
public record DecodedText(String text, String encoding) {
}
