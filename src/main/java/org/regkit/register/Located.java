package org.regkit.register;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * A bound register object that knows where its element started: JAXB fills the locator while
 * unmarshalling. Transient to JAXB itself, so it adds nothing to the XML but {@code source}: where
 * a register imported from a spreadsheet had it (登録簿.xlsx:システム!D5, systems.csv:3:4), so that a
 * problem found later, at bind or dossier time, is reported where the user typed it.
 */
@XmlTransient
abstract class Located {
    @XmlLocation
    @XmlTransient
    Locator locator;
    @XmlAttribute
    public String source;

    /** Where the element started, or null for an object built in memory. */
    Locator locator() {
        return locator;
    }
}
