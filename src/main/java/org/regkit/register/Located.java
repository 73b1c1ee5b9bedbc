package org.regkit.register;

import jakarta.xml.bind.annotation.XmlTransient;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * A bound register object that knows where its element started: JAXB fills the locator while
 * unmarshalling. Transient to JAXB itself, so it adds nothing to the XML.
 */
@XmlTransient
abstract class Located {
    @XmlLocation
    @XmlTransient
    Locator locator;

    /** Where the element started, or null for an object built in memory. */
    Locator locator() {
        return locator;
    }
}
