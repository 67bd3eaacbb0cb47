/** Positioned diagnostics: what is wrong, where (file, line, column), and how to fix it. */
package org.declgen.diag;
