package org.regkit.register;

import org.xml.sax.Locator;

/** A bound register object that knows where its element started (JAXB fills the locator while unmarshalling). */
interface Located {
    Locator locator();
}
