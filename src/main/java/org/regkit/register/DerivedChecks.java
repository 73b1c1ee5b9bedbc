package org.regkit.register;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.io.Severity;

/**
 * The checks a regulation implies for a register, on the provisions its {@code <rules>} names:
 * every system under exactly one category of the classification provision (and categories nobody
 * falls under, as notes); the appointed official assigned; every system audited within the audit
 * period before the as-of date.
 */
final class DerivedChecks {
    static final String CLASSIFIED_UNDER = "classified-under";
    static final String GENERAL_MANAGER = "general-manager";
    static final Period DEFAULT_AUDIT_PERIOD = Period.ofYears(1);

    private final Binding binding;
    private final CitationResolver resolver;
    private final Binding.Options options;
    private final LoadedRegister register;
    private final List<Finding> findings = new ArrayList<>();

    DerivedChecks(Binding binding, CitationResolver resolver, Binding.Options options) {
        this.binding = binding;
        this.resolver = resolver;
        this.options = options;
        this.register = binding.register();
    }

    List<Finding> run() {
        RegisterDoc.Rules rules = register.register().rules;
        if (rules == null) {
            // a register from a spreadsheet without its rules: say which checks did not run, never skip them silently
            rules = new RegisterDoc.Rules();
        }
        Provision classification = rule(rules, rules.classification, "classification", "区分規定");
        if (classification != null) {
            classification(classification, rules);
        }
        Provision manager = rule(rules, rules.generalManager, "generalManager", "総括責任者規定");
        if (manager != null) {
            generalManager(manager, rules);
        }
        Provision audit = rule(rules, rules.audit, "audit", "監査規定");
        if (audit != null) {
            audits(rules, audit);
        }
        return findings;
    }

    /** The provision a rule names, or null (with a finding when it names nothing, or is not given). */
    private Provision rule(RegisterDoc.Rules rules, String citation, String attribute, String item) {
        if (citation == null || citation.isBlank()) {
            add(FindingKind.CHECK_NOT_RUN, Severity.WARNING, null, null, register.register(),
                    FindingText.of("check-not-run", null, null, FindingText.of("check." + attribute), attribute, item));
            return null;
        }
        CitationResolver.Resolution r = resolver.resolve(citation);
        if (!r.resolved()) {
            add(FindingKind.UNRESOLVED_CITATION, Severity.ERROR, null, r.nearest(), rules,
                    FindingText.of("rule-unresolved", null, null, attribute, r.error()));
        }
        return r.provision();
    }

    // ----- one category each ---------------------------------------------------------------

    private void classification(Provision provision, RegisterDoc.Rules rules) {
        List<Provision> categories = categories(provision);
        Set<Provision> used = new LinkedHashSet<>();
        for (SystemEntry s : register.register().systems) {
            Set<Provision> mine = new LinkedHashSet<>();
            for (BoundCite c : binding.bySystem().get(s.id)) {
                if (!CLASSIFIED_UNDER.equals(c.cite().role) || c.provision() == null) {
                    continue;
                }
                Provision category = categoryOf(c.provision(), categories);
                if (category == null) {
                    add(FindingKind.CLASSIFIED_OUTSIDE, Severity.WARNING, s.id, c.provision(), c.cite(),
                            FindingText.of("classified-outside", s.id, s.name, resolver.label(c.provision()), resolver.label(provision)));
                } else {
                    mine.add(category);
                }
            }
            used.addAll(mine);
            if (mine.isEmpty()) {
                add(FindingKind.NOT_CLASSIFIED, Severity.WARNING, s.id, provision, s,
                        FindingText.of("not-classified", s.id, s.name, resolver.label(provision)));
            } else if (mine.size() > 1) {
                add(FindingKind.MULTIPLY_CLASSIFIED, Severity.WARNING, s.id, provision, s,
                        FindingText.of("multiply-classified", s.id, s.name, mine.size(),
                                String.join("、", mine.stream().map(resolver::label).toList())));
            }
        }
        for (Provision c : categories) {
            if (!used.contains(c)) {
                add(FindingKind.EMPTY_CATEGORY, Severity.NOTE, null, c, rules,
                        FindingText.of("empty-category", null, null, resolver.label(c)));
            }
        }
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

    // ----- the appointed official ----------------------------------------------------------

    private void generalManager(Provision provision, RegisterDoc.Rules rules) {
        for (RegisterDoc.Official o : register.register().officials) {
            if (!GENERAL_MANAGER.equals(o.role) || blank(o.name) && blank(o.post)) {
                continue;
            }
            if (o.provision == null) {
                return;
            }
            CitationResolver.Resolution r = resolver.resolve(o.provision);
            if (r.resolved() && r.provision().isWithin(provision)) {
                return;
            }
        }
        add(FindingKind.OFFICIAL_MISSING, Severity.WARNING, null, provision, rules,
                FindingText.of("official-missing", null, null, resolver.label(provision)));
    }

    // ----- audits --------------------------------------------------------------------------

    private void audits(RegisterDoc.Rules rules, Provision provision) {
        Period period = DEFAULT_AUDIT_PERIOD;
        if (rules.auditPeriod != null) {
            try {
                period = Period.parse(rules.auditPeriod);
            } catch (DateTimeParseException e) {
                add(FindingKind.UNRESOLVED_CITATION, Severity.ERROR, null, provision, rules,
                        FindingText.of("audit-period", null, null, rules.auditPeriod));
            }
        }
        LocalDate asOf = options.asOf();
        for (SystemEntry s : register.register().systems) {
            SystemEntry.Audit last = s.audits.stream().max(Comparator.comparing(a -> LocalDate.parse(a.date))).orElse(null);
            if (last == null) {
                add(FindingKind.AUDIT_MISSING, Severity.WARNING, s.id, provision, s,
                        FindingText.of("audit-missing", s.id, s.name, resolver.label(provision)));
                continue;
            }
            LocalDate date = LocalDate.parse(last.date);
            if (date.plus(period).isBefore(asOf)) {
                add(FindingKind.AUDIT_OVERDUE, Severity.WARNING, s.id, provision, last,
                        FindingText.of("audit-overdue", s.id, s.name, date, period, asOf, resolver.label(provision)));
            }
            if ("failed".equals(last.result)) {
                add(FindingKind.AUDIT_FAILED, Severity.WARNING, s.id, provision, last,
                        FindingText.of("audit-failed", s.id, s.name, date));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void add(FindingKind kind, Severity severity, String systemId, Provision provision, Object at, FindingText.Text text) {
        findings.add(new Finding(kind, severity, systemId, provision, text.local(), text.japanese(),
                register.problem(at, severity, text.local())));
    }
}
