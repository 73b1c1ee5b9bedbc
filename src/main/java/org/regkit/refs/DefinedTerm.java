package org.regkit.refs;

import org.regkit.model.Provision;

/**
 * A term the regulation defines, where and how.
 *
 * @param form how it is defined: {@code column} (a term-and-definition item), {@code toha}
 *             (「X」とは、…をいう), {@code naming} (…を「X」という / と称する), {@code parenthetical}
 *             (X（…をいう。以下同じ。）)
 * @param throughout true when the definition holds for the rest of the regulation (以下同じ, この訓令において,
 *             a definition article), false when it holds only where it stands
 */
public record DefinedTerm(String term, String definition, Provision provision, String form, boolean throughout) {
}
