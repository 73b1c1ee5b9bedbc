package org.regkit.register;

import org.regkit.model.Provision;

/**
 * One check a regulation implies for a register, resting on one provision the register's rules
 * name (区分規定, 総括責任者規定, 監査規定). A new check is one class like this and its messages in
 * the findings catalogue; {@link DerivedChecks} runs each, or says it did not run.
 */
interface DerivedCheck {
    /** The attribute of {@code <rules>} that names its provision: classification, generalManager, audit. */
    String attribute();

    /** The same rule as a spreadsheet's 規則 sheet names it: 区分規定. */
    String item();

    /** The provision the register's rules give for it, or null. */
    String citation(RegisterDoc.Rules rules);

    /** Runs the check against the provision its rule names, adding what it finds. */
    void run(Provision provision, Checking checking);
}
