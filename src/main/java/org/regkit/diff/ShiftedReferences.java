package org.regkit.diff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regkit.l10n.Messages;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.refs.Reference;
import org.regkit.refs.References;

/**
 * References whose meaning an amendment changed: the same words in the same (aligned) provision
 * now point at something other than what they pointed at before, carried through the amendment —
 * a 前条 that lands on an inserted 第３条の２, a 第８号 that still says 8 after item (8) became (9), a
 * reference to a provision that was removed. A collective reference (次の各号, 前各号 …) that only grows
 * by the provisions the amendment adds is what the drafter meant and is not reported.
 */
public final class ShiftedReferences {
    /** One reference, its targets before (carried to the new version) and now. */
    public record Shift(Reference reference, List<Provision> expected, List<Provision> actual, String message) {
    }

    private ShiftedReferences() {
    }

    public static List<Shift> find(RegulationDiff diff) {
        Map<Provision, List<Reference>> before = new IdentityHashMap<>();
        for (Reference r : References.find(diff.oldVersion())) {
            if (r.kind().internal()) {
                before.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Provision, Provision> predecessors = new IdentityHashMap<>();
        for (Provision o : diff.oldVersion().all()) {
            Provision n = diff.successor(o);
            if (n != null) {
                predecessors.put(n, o);
            }
        }
        List<Shift> out = new ArrayList<>();
        for (Reference now : References.find(diff.newVersion())) {
            Provision oldSource = predecessors.get(now.source());
            if (!now.kind().internal() || oldSource == null) {
                continue;
            }
            Reference then = before.getOrDefault(oldSource, List.of()).stream()
                    .filter(r -> r.text().equals(now.text())).findFirst().orElse(null);
            if (then == null) {
                continue;
            }
            Set<Provision> expected = new LinkedHashSet<>();
            boolean removed = false;
            for (Provision t : then.targets()) {
                Provision s = diff.successor(t);
                if (s == null || s.deleted() && !t.deleted()) {
                    removed = true;
                } else {
                    expected.add(s);
                }
            }
            Set<Provision> actual = new LinkedHashSet<>(now.targets());
            if (!removed && (expected.equals(actual) || collective(now) && actual.containsAll(expected) && onlyAdded(predecessors.keySet(), actual, expected))) {
                continue;
            }
            String where = Labels.of(now.source(), diff.newVersion().style());
            String message = removed
                    ? Messages.text("reference.target-removed", now.text(), where, labels(diff.oldVersion(), then.targets()),
                            labels(diff.newVersion(), now.targets()))
                    : Messages.text("reference.target-moved", now.text(), where, labels(diff.newVersion(), new ArrayList<>(expected)),
                            labels(diff.newVersion(), now.targets()));
            out.add(new Shift(now, List.copyOf(expected), now.targets(), message));
        }
        return out;
    }

    /** 次の各号, 当該各号, 次に掲げる, 前各号: a list that may grow with the items an amendment adds. */
    private static boolean collective(Reference r) {
        return List.of("次の各号", "当該各号", "次に掲げる", "前各号").contains(r.text());
    }

    /** True when everything the reference covers now, beyond what it covered before, is new. */
    private static boolean onlyAdded(Set<Provision> successors, Set<Provision> actual, Set<Provision> expected) {
        return actual.stream().filter(p -> !expected.contains(p)).noneMatch(successors::contains);
    }

    private static String labels(org.regkit.model.Regulation version, List<Provision> ps) {
        return ps.isEmpty() ? "(nothing)" : String.join("、", ps.stream().map(p -> Labels.of(p, version.style())).toList());
    }
}
