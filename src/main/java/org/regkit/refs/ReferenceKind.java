package org.regkit.refs;

import java.util.Locale;

/** What a reference points at, and so how regkit resolves it. */
public enum ReferenceKind {
    /**
     * A provision of this regulation named by its number: 第３条第１項, 附則第２項, or 第２号 inside the
     * citing paragraph. Resolved; one that points nowhere is a warning.
     */
    ABSOLUTE,
    /**
     * A provision named by its place relative to the citing one or to the one named before: 前条,
     * 次項, 同条第２項, 前２号, 次の各号, アに掲げる. Resolved; one that points nowhere is a warning.
     */
    RELATIVE,
    /**
     * A provision of another law: named with the law's number (…法律（平成15年法律第57号）第60条),
     * by a title named before, by a short title (法第二条, 同法第五条), or a law number on its own.
     * Not resolved (regkit holds one law at a time) and never a problem.
     */
    EXTERNAL,
    /**
     * Inside an amending act's 附則 (a {@code SupplProvision} with {@code AmendLawNum}), an article of
     * that act: its 第N条 are the amending act's, not this law's, and that act is not in this
     * document. Not resolved, not linked, never a problem.
     */
    AMENDING_ACT;

    /** The word used in JSON, XML and listings: {@code absolute}, {@code amending-act}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the kinds regkit resolves against this regulation. */
    public boolean internal() {
        return this == ABSOLUTE || this == RELATIVE;
    }
}
