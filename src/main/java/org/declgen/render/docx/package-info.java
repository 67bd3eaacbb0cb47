/** Runs a compiled Word template and writes the .docx package, byte for byte the same each time. */
package org.declgen.render.docx;
