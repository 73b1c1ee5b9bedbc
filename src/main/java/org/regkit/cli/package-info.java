/**
 * The picocli command line: each command is a short adapter over {@link org.regkit.Regkit};
 * {@link org.regkit.cli.Main#failure} turns exceptions into exit codes and problem lines.
 */
package org.regkit.cli;
