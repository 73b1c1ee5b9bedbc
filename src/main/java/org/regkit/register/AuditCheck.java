package org.regkit.register;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.regkit.io.Severity;
import org.regkit.model.Provision;

/**
 * Every system audited under the audit provision (監査規定) within the audit period (監査周期, a year
 * when none is given) before the as-of day, and its last audit not failed.
 */
final class AuditCheck implements DerivedCheck {
    @Override
    public Rule rule() {
        return new Rule("audit", "監査規定", rules -> rules.audit);
    }

    @Override
    public void run(Provision provision, Checking checking) {
        Period period = DerivedChecks.DEFAULT_AUDIT_PERIOD;
        RegisterDoc.Rules rules = checking.rules();
        if (rules != null && rules.auditPeriod != null) {
            try {
                period = Period.parse(rules.auditPeriod);
            } catch (DateTimeParseException e) {
                checking.add(FindingKind.UNRESOLVED_CITATION, Severity.ERROR, null, provision, checking.rules(),
                        FindingText.of("audit-period", null, null, rules.auditPeriod));
            }
        }
        LocalDate asOf = checking.options.asOf();
        for (SystemEntry s : checking.systems()) {
            SystemEntry.Audit last = s.audits.stream().max(Comparator.comparing(a -> LocalDate.parse(a.date))).orElse(null);
            if (last == null) {
                checking.add(FindingKind.AUDIT_MISSING, Severity.WARNING, s.id, provision, s,
                        FindingText.of("audit-missing", s.id, s.name, checking.resolver.label(provision)));
                continue;
            }
            LocalDate date = LocalDate.parse(last.date);
            if (date.plus(period).isBefore(asOf)) {
                checking.add(FindingKind.AUDIT_OVERDUE, Severity.WARNING, s.id, provision, last,
                        FindingText.of("audit-overdue", s.id, s.name, date, period, asOf, checking.resolver.label(provision)));
            }
            if ("failed".equals(last.result)) {
                checking.add(FindingKind.AUDIT_FAILED, Severity.WARNING, s.id, provision, last,
                        FindingText.of("audit-failed", s.id, s.name, date));
            }
        }
    }
}
