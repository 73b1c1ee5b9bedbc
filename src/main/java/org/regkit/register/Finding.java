package org.regkit.register;

import org.regkit.io.Severity;

import org.regkit.model.Provision;
import org.regkit.io.Problem;

/**
 * One result of the derived checks: what, how serious, which system (or none, for a finding about
 * the register as a whole) and the provision it is measured against.
 *
 * @param message  what was found, in the command line's language (English, or Japanese in a Japanese locale)
 * @param japanese the same in Japanese, worded for the person who must act: the dossier's words
 * @param problem  the same finding as a located problem line, for the console
 */
public record Finding(FindingKind kind, org.regkit.io.Severity severity, String systemId, Provision provision,
                      String message, String japanese, Problem problem) {

    /** How many findings of one kind. */
    public record Summary(FindingKind kind, long count) {
    }

    /** Counts per kind, in the kinds' order, leaving out kinds with none. */
    public static java.util.List<Summary> summarise(java.util.List<Finding> findings) {
        java.util.List<Summary> out = new java.util.ArrayList<>();
        for (FindingKind k : FindingKind.values()) {
            long n = findings.stream().filter(f -> f.kind() == k).count();
            if (n > 0) {
                out.add(new Summary(k, n));
            }
        }
        return out;
    }
}
