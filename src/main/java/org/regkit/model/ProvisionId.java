package org.regkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A provision's identifier, derived from its place, Akoma Ntoso style:
 * {@code art_3__para_1__item_2__subitem1_1}. Steps are joined by {@code __}; each step is the
 * kind's prefix and the machine number, where a branch 3_2 (第３条の２) keeps its underscore and a
 * range 38:84 becomes 38-84.
 */
public record ProvisionId(String value) implements Comparable<ProvisionId> {
    /** One step; numbers have at most nine digits, as no provision is numbered past that. */
    private static final Pattern STEPS = Pattern.compile("__");
    private static final Pattern STEP = Pattern.compile("([a-z]+[0-9]*)_([0-9]{1,9}(?:_[0-9]{1,9})*(?:-[0-9]{1,9}(?:_[0-9]{1,9})*)?)");

    /** One step of an identifier: {@code item_2}. */
    public record Step(ProvisionKind kind, String num) {
    }

    /** The identifier of a child of {@code parent} (null for a top-level provision). */
    public static ProvisionId child(ProvisionId parent, ProvisionKind kind, String num) {
        String step = kind.prefix() + "_" + num.replace(':', '-');
        return new ProvisionId(parent == null ? step : parent.value + "__" + step);
    }

    /** True when the text has the shape of an identifier (so it is not a Japanese citation). */
    public static boolean looksLikeId(String text) {
        return parse(text) != null;
    }

    /** The steps of an identifier, or null when the text is not one. */
    public static List<Step> parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : STEPS.split(text.trim(), -1)) {
            var m = STEP.matcher(part);
            if (!m.matches()) {
                return null;
            }
            ProvisionKind kind = ProvisionKind.ofPrefix(m.group(1));
            if (kind == null) {
                return null;
            }
            steps.add(new Step(kind, m.group(2).replace('-', ':')));
        }
        return steps;
    }

    @Override
    public int compareTo(ProvisionId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
