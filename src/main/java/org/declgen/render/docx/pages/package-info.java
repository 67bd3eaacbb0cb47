/**
 * Deciding the pages of a form as it is printed: each table row measured from the template's print
 * layout and the values printed into it, placed on the page where it fits whole, tables continued
 * on a new page with their heading rows and the labels of their merged columns, rows taller than a
 * page split between their lines.
 */
package org.declgen.render.docx.pages;
