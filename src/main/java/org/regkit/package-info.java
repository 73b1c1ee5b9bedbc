/**
 * regkit as a library. {@link org.regkit.Regkit} is the one door: import (text, HTML, e-Gov law
 * XML, a register kept as CSV), check, cite, list references and terms, render (HTML, PDF, XSL-FO),
 * bind a register and write its dossier, diff two versions and migrate a register, and write files
 * atomically. {@link org.regkit.Demo} is the main job on the bundled regulations, and
 * {@link org.regkit.CheckTally} sums up a corpus check. Nothing in this package or below prints
 * or exits; the command line ({@code org.regkit.cli}) is an adapter over it.
 */
package org.regkit;
