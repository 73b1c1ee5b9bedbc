package org.regkit.refs;

import java.util.List;
import org.regkit.model.Provision;

/**
 * A reference found in a provision's text.
 *
 * @param kind     {@code absolute} (第３条第１項), {@code relative} (前条, 前２号, アに掲げる …) or
 *                 {@code external} (another law or rule, with its number when the text gives it)
 * @param text     the words of the reference as written
 * @param start    offset of the reference in the source provision's own text
 * @param targets  the provisions it points at (empty for an external reference, or when unresolved)
 * @param law      for an external reference: the law's title; {@code lawNum} its number; {@code provision} the cited part
 */
public record Reference(Provision source, String kind, String text, int start, List<Provision> targets,
                        String law, String lawNum, String provision) {
    public boolean resolved() {
        return kind.equals("external") || !targets.isEmpty();
    }
}
