package org.declgen.template.catalog;

import org.declgen.form.TemplateForm;

/**
 * One form template: its Word document and its review Markdown, as found on disk or in the jar.
 *
 * @param id the name users pass to {@code --template}
 * @param origin where it was found, for messages ({@code templates/gz-district}, {@code 内置})
 * @param description one line, Chinese first
 * @param docxName the Word document's name as errors print it
 * @param form the form it prints and the indicator framework it is checked against, from its {@code
 *     template.properties}
 */
public record TemplateSet(
    String id,
    String origin,
    String description,
    String docxName,
    byte[] docx,
    String markdownName,
    String markdown,
    TemplateForm form) {}
