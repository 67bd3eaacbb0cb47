/** Prints Word forms to PDF through an installed LibreOffice, run headless. */
package org.declgen.render.pdf;
