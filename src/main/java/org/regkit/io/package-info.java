/** File output that is atomic and never overwrites an input. */
package org.regkit.io;
