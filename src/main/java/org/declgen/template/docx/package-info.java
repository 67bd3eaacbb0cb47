/**
 * A compiled Word template: FreeMarker source over the main document part, where each piece of it
 * was typed, the looks of paragraphs that hold a value, and the rest of the package, ready for the
 * docx writer.
 */
package org.declgen.template.docx;
