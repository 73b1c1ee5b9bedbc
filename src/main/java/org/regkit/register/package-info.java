/**
 * The register of information systems (schema/register.xsd, JAXB-bound), its binding to a
 * regulation version, the derived checks and the CSV import.
 *
 * <p>Binding resolves every citation of every system, builds the two-way index (provision →
 * systems, system → provisions) and runs the checks the regulation implies, configured by the
 * register's {@code <rules>}: one category per system, the general manager assigned, audits not
 * older than the audit period.
 */
@XmlSchema(namespace = "urn:regkit:register", elementFormDefault = XmlNsForm.QUALIFIED)
package org.regkit.register;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
