package org.regkit.diff;

import java.util.ArrayList;
import java.util.List;
import org.regkit.l10n.Messages;
import org.regkit.model.CitationResolver;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.register.LoadedRegister;
import org.regkit.register.SystemEntry;

/**
 * What an amendment means for a register that cites the old version: a verdict per citation, and
 * the new provisions nobody cites yet.
 */
public final class Impact {
    /** One citation of one system and its verdict; {@code newRef} is the citation to write after a migration. */
    public record Entry(SystemEntry system, SystemEntry.Cite cite, Verdict verdict, Provision oldProvision,
                        Provision newProvision, String newRef, String reason) {
    }

    private final List<Entry> entries;
    private final List<Change> uncitedNew;

    private Impact(List<Entry> entries, List<Change> uncitedNew) {
        this.entries = List.copyOf(entries);
        this.uncitedNew = List.copyOf(uncitedNew);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Provisions added by the amendment that no citation points at after migration. */
    public List<Change> uncitedNew() {
        return uncitedNew;
    }

    public static Impact of(RegulationDiff diff, LoadedRegister register) {
        CitationResolver resolver = new CitationResolver(diff.oldVersion());
        List<Entry> entries = new ArrayList<>();
        java.util.Set<Provision> citedNew = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SystemEntry s : register.register().systems) {
            for (SystemEntry.Cite c : s.cites) {
                CitationResolver.Resolution r = resolver.resolve(c.ref);
                Entry e = r.resolved() ? judge(diff, s, c, r.provision())
                        : new Entry(s, c, Verdict.UNRESOLVED, null, null, null, r.error());
                if (e.newProvision() != null) {
                    citedNew.add(e.newProvision());
                }
                entries.add(e);
            }
        }
        List<Change> uncited = diff.changes().stream()
                .filter(ch -> ch.type() == ChangeType.ADDED && !citedNew.contains(ch.newProvision())).toList();
        return new Impact(entries, uncited);
    }

    private static Entry judge(RegulationDiff diff, SystemEntry s, SystemEntry.Cite c, Provision old) {
        Provision neu = diff.successor(old);
        if (neu == null) {
            return new Entry(s, c, Verdict.ORPHANED, old, null, null, Messages.text("impact.removed"));
        }
        for (Provision p = old; p != null; p = p.parent()) {
            Provision q = diff.successor(p);
            if (q == null) {
                return new Entry(s, c, Verdict.ORPHANED, old, null, null, Messages.text("impact.enclosing-removed"));
            }
            if (q.deleted() && !p.deleted()) {
                return new Entry(s, c, Verdict.ORPHANED, old, q, null, Messages.text("impact.deleted"));
            }
        }
        String label = Labels.of(neu, diff.newVersion().style());
        if (!diff.sameContent(old, neu)) {
            return new Entry(s, c, Verdict.REVIEW, old, neu, label, Messages.text("impact.text-changed"));
        }
        if (!old.id().equals(neu.id())) {
            return new Entry(s, c, Verdict.MIGRATED, old, neu, label, "renumbered");
        }
        return new Entry(s, c, Verdict.UNCHANGED, old, neu, c.ref, "");
    }
}
