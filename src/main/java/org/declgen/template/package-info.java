/**
 * Templates as every command gets them ready: {@link org.declgen.template.TemplateEngine} compiles
 * Word templates (kept on disk between runs) and review Markdown templates, and checks their markup
 * against the view of a declaration that templates see.
 *
 * <p>Sub-packages: {@code catalog} finds templates; {@code freemarker} is the one FreeMarker
 * configuration; {@code markup} reads markup as typed; {@code docx} is a compiled Word template and
 * what it calls while it renders; {@code docx.compiler} turns a Word document into one.
 */
package org.declgen.template;
