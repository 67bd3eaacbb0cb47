/**
 * The print layout of a compiled Word template, read from the template when it is compiled: the
 * text block of a page, each table's rows and cells with their widths, margins, merges and the look
 * of their paragraphs, and the estimate of how many lines a text takes in a column. The renderer
 * decides the pages with it; it never changes once compiled.
 */
package org.declgen.template.docx.layout;
