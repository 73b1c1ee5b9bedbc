package org.regkit.register;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.io.Severity;

/**
 * Runs the checks a regulation implies for a register ({@link DerivedCheck}: one category each, the
 * appointed official, audits), each on the provision the register's {@code <rules>} names for it; a
 * check whose rule is not given is a finding that says it did not run.
 */
final class DerivedChecks {
    static final String CLASSIFIED_UNDER = "classified-under";
    static final String GENERAL_MANAGER = "general-manager";
    static final Period DEFAULT_AUDIT_PERIOD = Period.ofYears(1);

    /** Every check there is, in the order the dossier reports them. */
    private static final List<DerivedCheck> CHECKS = List.of(new CategoryCheck(), new GeneralManagerCheck(), new AuditCheck());

    private final Checking checking;

    DerivedChecks(Binding binding, CitationResolver resolver, Binding.Options options) {
        this.checking = new Checking(binding, resolver, options);
    }

    List<Finding> run() {
        // a register from a spreadsheet may give no rules: each check then says it did not run
        RegisterDoc.Rules rules = checking.rules() == null ? new RegisterDoc.Rules() : checking.rules();
        for (DerivedCheck check : CHECKS) {
            Provision provision = rule(rules, check);
            if (provision != null) {
                check.run(provision, checking);
            }
        }
        return checking.findings();
    }

    /** The provision a check's rule names, or null (with a finding when it names nothing, or is not given). */
    private Provision rule(RegisterDoc.Rules rules, DerivedCheck check) {
        DerivedCheck.Rule rule = check.rule();
        String citation = rule.citation().apply(rules);
        if (citation == null || citation.isBlank()) {
            checking.add(FindingKind.CHECK_NOT_RUN, Severity.WARNING, null, null, checking.register.register(),
                    FindingText.of("check-not-run", null, null, FindingText.of("check." + rule.attribute()), rule.attribute(), rule.item()));
            return null;
        }
        CitationResolver.Resolution r = checking.resolver.resolve(citation);
        if (!r.resolved()) {
            checking.add(FindingKind.UNRESOLVED_CITATION, Severity.ERROR, null, r.nearest(), checking.rules(),
                    FindingText.of("rule-unresolved", null, null, rule.attribute(), r.error(), rule.item(), citation));
        }
        return r.provision();
    }

    /** The items of the classification provision (of all its paragraphs when it is an article). */
    static List<Provision> categories(Provision p) {
        if (p.kind() == ProvisionKind.ARTICLE) {
            List<Provision> out = new ArrayList<>();
            p.children(ProvisionKind.PARAGRAPH).forEach(para -> out.addAll(para.children(ProvisionKind.ITEM)));
            return out;
        }
        return p.children(p.kind() == ProvisionKind.PARAGRAPH ? ProvisionKind.ITEM : p.kind().nextListLevel());
    }

    static Provision categoryOf(Provision cited, List<Provision> categories) {
        for (Provision p = cited; p != null; p = p.parent()) {
            if (categories.contains(p)) {
                return p;
            }
        }
        return null;
    }
}
