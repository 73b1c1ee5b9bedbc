package org.regkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.ProvisionId;
import org.regkit.model.ProvisionKind;

/**
 * A provision an amendment names, by its numbers as they stand when the sentence is applied:
 * 第３条第１項第８号 is (ARTICLE 3, PARAGRAPH 1, ITEM 8); a paragraph of a regulation without
 * articles starts at PARAGRAPH, one of the original 附則 at SUPPL. Numbers are machine numbers
 * (3_2 for 第３条の２).
 */
public record Target(List<ProvisionId.Step> steps) {
    public Target {
        steps = List.copyOf(steps);
    }

    /** A target of one step. */
    public static Target of(ProvisionKind kind, String num) {
        return new Target(List.of(new ProvisionId.Step(kind, num)));
    }

    /** The same target with a step more. */
    public Target child(ProvisionKind kind, String num) {
        List<ProvisionId.Step> s = new ArrayList<>(steps);
        s.add(new ProvisionId.Step(kind, num));
        return new Target(s);
    }

    /** The provision that holds this one (null at the top). */
    public Target parent() {
        return steps.size() <= 1 ? null : new Target(steps.subList(0, steps.size() - 1));
    }

    /** This target with its last number replaced. */
    public Target withNum(String num) {
        List<ProvisionId.Step> s = new ArrayList<>(steps);
        s.set(s.size() - 1, new ProvisionId.Step(last().kind(), num));
        return new Target(s);
    }

    public ProvisionId.Step last() {
        return steps.get(steps.size() - 1);
    }

    public ProvisionKind kind() {
        return last().kind();
    }

    public String num() {
        return last().num();
    }

    /** The step of a kind, or null. */
    public ProvisionId.Step step(ProvisionKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    /** The prefix of this target up to and including the step of a kind, or null when it has none. */
    public Target upTo(ProvisionKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                return new Target(steps.subList(0, i + 1));
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (ProvisionId.Step s : steps) {
            b.append(b.length() == 0 ? "" : "__").append(s.kind().prefix()).append('_').append(s.num());
        }
        return b.toString();
    }
}
