/**
 * Amendments as drafters write them. An {@link org.regkit.amend.Amendment} is the amending rule
 * (一部改正の訓令・規則・条例, or an amending act): its title, 制定文, the 改め文 as
 * {@link org.regkit.amend.Edit}s grouped into sentences, and its own 附則. The
 * {@link org.regkit.amend.Generator} makes one from two versions (the drafter's side), the
 * {@link org.regkit.amend.AmendmentReader} reads one as published, and the
 * {@link org.regkit.amend.Applier} applies it to the text in force (溶け込み); each proves the
 * other, since applying what was generated must give the later version back.
 */
package org.regkit.amend;
