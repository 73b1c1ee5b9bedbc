package org.regkit.register;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regkit.io.Severity;
import org.regkit.model.Provision;

/**
 * One category each: every system classified under exactly one item of the classification
 * provision (区分規定), and the categories no system falls under, as notes.
 */
final class CategoryCheck implements DerivedCheck {
    @Override
    public Rule rule() {
        return new Rule("classification", "区分規定", rules -> rules.classification);
    }

    @Override
    public void run(Provision provision, Checking checking) {
        List<Provision> categories = DerivedChecks.categories(provision);
        Set<Provision> used = new LinkedHashSet<>();
        for (SystemEntry s : checking.systems()) {
            Set<Provision> mine = new LinkedHashSet<>();
            for (BoundCite c : checking.binding.bySystem().get(s.id)) {
                if (!DerivedChecks.CLASSIFIED_UNDER.equals(c.cite().role) || c.provision() == null) {
                    continue;
                }
                Provision category = DerivedChecks.categoryOf(c.provision(), categories);
                if (category == null) {
                    checking.add(FindingKind.CLASSIFIED_OUTSIDE, Severity.WARNING, s.id, c.provision(), c.cite(),
                            FindingText.of("classified-outside", s.id, s.name, checking.resolver.label(c.provision()), checking.resolver.label(provision)));
                } else {
                    mine.add(category);
                }
            }
            used.addAll(mine);
            if (mine.isEmpty()) {
                checking.add(FindingKind.NOT_CLASSIFIED, Severity.WARNING, s.id, provision, s,
                        FindingText.of("not-classified", s.id, s.name, checking.resolver.label(provision)));
            } else if (mine.size() > 1) {
                checking.add(FindingKind.MULTIPLY_CLASSIFIED, Severity.WARNING, s.id, provision, s,
                        FindingText.of("multiply-classified", s.id, s.name, mine.size(),
                                String.join("、", mine.stream().map(checking.resolver::label).toList())));
            }
        }
        for (Provision c : categories) {
            if (!used.contains(c)) {
                checking.add(FindingKind.EMPTY_CATEGORY, Severity.NOTE, null, c, checking.rules(),
                        FindingText.of("empty-category", null, null, checking.resolver.label(c)));
            }
        }
    }
}
