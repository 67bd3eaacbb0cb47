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
 * @param paginate whether declgen decides the pages of its forms (its {@code template.properties}
 *     has no {@code pagination=off}), or leaves them to the office suite
 */
public record TemplateSet(
    String id,
    String origin,
    String description,
    String docxName,
    byte[] docx,
    String markdownName,
    String markdown,
    TemplateForm form,
    boolean paginate) {

  /** The same template, deciding its forms' pages or leaving them to the office suite. */
  public TemplateSet paginated(boolean on) {
    return new TemplateSet(
        id, origin, description, docxName, docx, markdownName, markdown, form, on);
  }
}
