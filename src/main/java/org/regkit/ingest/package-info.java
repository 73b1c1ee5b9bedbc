/**
 * Importers: text (including text extracted from PDF) to regulation XML, over one structure
 * recogniser ({@link org.regkit.ingest.StructureRecogniser}).
 *
 * <p>Decisions: blank lines carry no meaning (PDF extraction inserts them anywhere); a line opens
 * a provision only when its title is followed by a space and its number is the next expected;
 * item and sub-item levels are assigned in the order numbering styles appear, so both the 訓令
 * style ((1), ア, (ア)) and the national style (一, イ, (1)) read correctly; a term-and-definition
 * item becomes two Columns; 附　則 is written with an ideographic space as e-Gov does.
 */
package org.regkit.ingest;
