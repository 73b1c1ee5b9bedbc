package org.regkit.register;

import org.regkit.model.Provision;

/** One citation of one system, with the provision it resolved to (null when it did not resolve). */
public record BoundCite(SystemEntry system, SystemEntry.Cite cite, Provision provision) {
    /** The role, "cites" when the register gives none. */
    public String role() {
        return cite.role == null || cite.role.isBlank() ? "cites" : cite.role;
    }
}
