package org.regkit.refs;

import java.util.List;
import org.regkit.model.Provision;

/**
 * A reference found in a provision's text.
 *
 * @param kind     what it points at (see {@link ReferenceKind})
 * @param text     the words of the reference as written
 * @param start    offset of the reference in the source provision's own text
 * @param targets  the provisions it points at (empty when not internal, or when unresolved)
 * @param law      for an external reference: the law's title; {@code lawNum} its number; {@code provision} the cited part
 */
public record Reference(Provision source, ReferenceKind kind, String text, int start, List<Provision> targets,
                        String law, String lawNum, String provision) {
    /** An internal reference with its targets. */
    static Reference internal(Provision source, ReferenceKind kind, String text, int start, List<Provision> targets) {
        return new Reference(source, kind, text, start, List.copyOf(targets), null, null, null);
    }

    /** True when it points where it should: an internal reference with a target, or an external one. */
    public boolean resolved() {
        return kind == ReferenceKind.EXTERNAL || !targets.isEmpty();
    }

    /** True for an internal reference that points at no provision: what regkit could not place. */
    public boolean dangling() {
        return kind.internal() && targets.isEmpty();
    }
}
