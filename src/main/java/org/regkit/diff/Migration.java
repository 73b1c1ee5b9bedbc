package org.regkit.diff;

import java.util.ArrayList;
import java.util.List;
import org.regkit.io.Problem;
import org.regkit.io.Severity;
import org.regkit.l10n.Messages;
import org.regkit.register.LoadedRegister;
import org.regkit.register.RegisterEdit;
import org.regkit.register.RegisterWriter;

/**
 * A register moved to a new version of its regulation: the citations a pure renumbering moved are
 * rewritten, and every citation that needs a person (review, orphaned, unresolved) is a warning at
 * its line and marked in the file ({@code review="orphaned"}). Only those attributes change: the
 * file keeps its comments, order and formatting, so the result reads as a diff.
 *
 * @param register the migrated register XML
 * @param migrated how many citations were rewritten
 * @param flagged one warning per citation that needs review
 */
public record Migration(byte[] register, int migrated, List<Problem> flagged) {
    public Migration {
        flagged = List.copyOf(flagged);
    }

    /** Migrates {@code loaded}, which cites the diff's old version, to its new version; {@code loaded} is rewritten in place. */
    public static Migration of(LoadedRegister loaded, RegulationDiff diff) {
        int migrated = 0;
        List<Problem> flagged = new ArrayList<>();
        // the file's own text is edited where it changes, so the result reads as a reviewable diff
        RegisterEdit edit = new RegisterEdit(loaded);
        for (Impact.Entry e : Impact.of(diff, loaded).entries()) {
            if (e.verdict() == Verdict.MIGRATED) {
                edit.set(e.cite(), "ref", e.newRef());
                e.cite().ref = e.newRef();
                migrated++;
            } else if (e.verdict() != Verdict.UNCHANGED) {
                flagged.add(loaded.problem(e.cite(), Severity.WARNING, e.newRef() == null
                        ? Messages.text("migration.flagged", e.system().id, e.cite().ref, Messages.named("verdict-", e.verdict().key()), e.reason())
                        : Messages.text("migration.flagged-new", e.system().id, e.cite().ref, Messages.named("verdict-", e.verdict().key()), e.reason(), e.newRef())));
                edit.set(e.cite(), "review", e.verdict().key()); // marked in the file for whoever reviews it
                e.cite().review = e.verdict().key();
            }
        }
        if (diff.newVersion().effectiveDate() != null) {
            loaded.register().version = diff.newVersion().effectiveDate().toString();
            edit.set(loaded.register(), "version", loaded.register().version);
        }
        byte[] edited = edit.apply();
        return new Migration(edited != null ? edited : RegisterWriter.write(loaded.register()), migrated, flagged);
    }
}
