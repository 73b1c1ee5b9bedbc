/**
 * Amended versions: structural alignment of two versions, the change model, character-level text
 * differences, and what the changes mean for a register.
 *
 * <p>Provisions are aligned by what they are, not by their number: identical subtrees are matched
 * first (a linear diff of subtree hashes, so 50 changes among 2,000 articles cost little), then the
 * provisions left between two such anchors are paired by text similarity. A pair whose numbers
 * differ is a renumbering; a pair whose text differs is a modification; the rest are additions and
 * removals. Serialisation (whitespace, attribute order, Delete="false") never reaches the model.
 */
package org.regkit.diff;
