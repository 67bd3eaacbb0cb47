/**
 * Semantic diff of two declarations in the form's own terms (a list of {@link
 * org.declgen.diff.Change}s), its Markdown and JSON reports, and reading a declaration from git.
 */
package org.declgen.diff;
