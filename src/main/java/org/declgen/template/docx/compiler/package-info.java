/**
 * The Word-template compiler: opens a template's package, finds the markup typed into its
 * paragraphs, pairs directives, places each around the paragraphs, rows or body parts it governs,
 * wires grouped vertical merges, and turns the document into FreeMarker source.
 */
package org.declgen.template.docx.compiler;
