package org.regkit.render;

/**
 * A stylesheet or FOP could not turn a document into HTML or PDF. It is never the reader's input
 * that is at fault here (the input was validated before it reached a stylesheet), so a caller
 * treats it as a fault of regkit; the message names what failed, without library class names.
 */
public final class RenderException extends Exception {
    RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
