/**
 * A regulation written back out: as plain text, one provision per line (the inverse of the text
 * importer, character for character), and as strict e-Gov law XML (regkit's metadata stripped; a
 * published law byte for byte as it was published, declaration and encoding included).
 */
package org.regkit.export;
