package org.regkit.register;

import org.regkit.model.Provision;

/**
 * One check a regulation implies for a register, resting on one provision the register's rules
 * name (区分規定, 総括責任者規定, 監査規定). A new check is one class like this and its messages in
 * the findings catalogue; {@link DerivedChecks} runs each, or says it did not run.
 */
interface DerivedCheck {
    /**
     * The rule a check rests on: the attribute of {@code <rules>} that names its provision
     * (classification), the same rule as a spreadsheet's 規則 sheet names it (区分規定), and how to read it.
     */
    record Rule(String attribute, String item, java.util.function.Function<RegisterDoc.Rules, String> citation) {
    }

    /** Its rule. */
    Rule rule();

    /** Runs the check against the provision its rule names, adding what it finds. */
    void run(Provision provision, Checking checking);
}
