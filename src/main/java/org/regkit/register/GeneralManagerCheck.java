package org.regkit.register;

import org.regkit.io.Severity;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;

/**
 * The official the regulation appoints (総括責任者規定) is assigned in the register, with a post or a name.
 */
final class GeneralManagerCheck implements DerivedCheck {
    @Override
    public Rule rule() {
        return new Rule("generalManager", "総括責任者規定", rules -> rules.generalManager);
    }

    @Override
    public void run(Provision provision, Checking checking) {
        for (RegisterDoc.Official o : checking.register.register().officials) {
            if (!DerivedChecks.GENERAL_MANAGER.equals(o.role) || blank(o.name) && blank(o.post)) {
                continue;
            }
            if (o.provision == null) {
                return;
            }
            CitationResolver.Resolution r = checking.resolver.resolve(o.provision);
            if (r.resolved() && r.provision().isWithin(provision)) {
                return;
            }
        }
        checking.add(FindingKind.OFFICIAL_MISSING, Severity.WARNING, null, provision, checking.rules(),
                FindingText.of("official-missing", null, null, checking.resolver.label(provision)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
