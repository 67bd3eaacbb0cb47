/**
 * The view of a declaration that templates see: the form's own labels as names, made from the form
 * description so that every field a form describes can be printed; amounts and long texts as the
 * template models the renderers know.
 */
package org.declgen.template.view;
