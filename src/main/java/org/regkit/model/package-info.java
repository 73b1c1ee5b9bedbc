/**
 * The regulation as a tree of provisions: identifiers, numbering (kanji, full-width, イロハ and
 * アイウエオ), Japanese dates, citations and their resolution.
 *
 * <p>The XML document stays the source of truth; {@link org.regkit.model.RegulationReader}
 * derives a {@link org.regkit.model.Regulation} from it. Identifiers follow GUIDE §1.2:
 * articles are numbered through the document ({@code art_3}, not under their chapter),
 * 附則 are counted ({@code suppl_1}), a branch keeps its underscore ({@code art_3_2}) and a
 * deleted range {@code 38:84} becomes {@code art_38-84}.
 */
package org.regkit.model;
