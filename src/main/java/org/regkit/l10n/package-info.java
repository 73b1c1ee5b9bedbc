/**
 * The catalogue of every word regkit says to a person: the command line's messages (in the
 * locale's language, Japanese or English) and the fixed words of its Japanese documents. The
 * catalogue is {@code xslt/l10n/ja.xml} and {@code xslt/l10n/en.xml}, the files the stylesheets read.
 */
package org.regkit.l10n;
