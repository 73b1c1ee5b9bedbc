/** What a regulation's text says about itself: defined terms (and, later, references). */
package org.regkit.refs;
