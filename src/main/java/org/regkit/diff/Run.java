package org.regkit.diff;

/** A run of text that is the same in both versions, or only in the old one, or only in the new one. */
public record Run(Op op, String text) {
    /** equal, delete (old only), insert (new only). */
    public enum Op { EQUAL, DELETE, INSERT }
}
