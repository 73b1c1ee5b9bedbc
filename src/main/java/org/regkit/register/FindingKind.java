package org.regkit.register;

/** What a finding of the derived checks is about. */
public enum FindingKind {
    /** A citation names no provision of the regulation version. */
    UNRESOLVED_CITATION,
    /** A citation could name more than one provision. */
    AMBIGUOUS_CITATION,
    /** The system falls under no category of the classification provision. */
    NOT_CLASSIFIED,
    /** The system is classified under more than one category. */
    MULTIPLY_CLASSIFIED,
    /** A "classified-under" citation names a provision that is not a category. */
    CLASSIFIED_OUTSIDE,
    /** A category that no system falls under (information, not a defect). */
    EMPTY_CATEGORY,
    /** The official the regulation appoints (the general manager) is not assigned. */
    OFFICIAL_MISSING,
    /** The system has never been audited. */
    AUDIT_MISSING,
    /** The system's last audit is older than the audit period. */
    AUDIT_OVERDUE,
    /** The system's last audit failed. */
    AUDIT_FAILED,
    /** The register gives no rule a check needs (区分規定, 総括責任者規定, 監査規定): that check was not run. */
    CHECK_NOT_RUN;

    /** The kebab-case name used in reports: not-classified, audit-overdue. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
