/**
 * Hardened XML input and the problem model.
 *
 * <p>Every XML file regkit reads goes through {@link org.regkit.xml.XmlLoader}, which refuses a
 * DOCTYPE (and with it XXE and entity bombs), records the source position of every element, and
 * validates against an XSD in the same pass. Whatever is wrong with an input is a
 * {@link org.regkit.io.Problem} with file, line and column; never a stack trace.
 */
package org.regkit.xml;

import org.regkit.io.Problem;
