/** Reviewer rules over a loaded declaration: each a small class; findings are diagnostics. */
package org.declgen.check;
