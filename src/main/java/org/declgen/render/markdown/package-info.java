/** Review Markdown: one fact per line, so a change to a declaration is a small text diff. */
package org.declgen.render.markdown;
