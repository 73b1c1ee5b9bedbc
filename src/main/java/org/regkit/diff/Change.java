package org.regkit.diff;

import java.util.List;
import org.regkit.model.Provision;

/**
 * One changed provision, at the highest level where the change is whole (a renumbered article is
 * one change, not one per paragraph).
 *
 * @param oldProvision null for an addition
 * @param newProvision null for a removal (削る); for 削除 with the number kept, the 削除 provision
 * @param textChanged  whether the provision's own text (or caption) changed
 * @param inPlace      a deletion that keeps the number (第６条　削除)
 * @param runs         the character-level difference of the provision's own text (empty when unchanged)
 */
public record Change(ChangeType type, Provision oldProvision, Provision newProvision, String oldLabel, String newLabel,
                     boolean textChanged, boolean inPlace, List<Run> runs) {
}
