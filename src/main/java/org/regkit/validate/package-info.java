/** Checks of a regulation beyond its schema: numbering, titles against numbers. */
package org.regkit.validate;
