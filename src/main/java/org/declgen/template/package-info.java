/**
 * Templates: finding them, the one FreeMarker configuration, the compiler that turns a Word
 * document with markup typed in it into a FreeMarker template over its XML, and the view of a
 * declaration that templates see (the form's own labels as names).
 */
package org.declgen.template;
