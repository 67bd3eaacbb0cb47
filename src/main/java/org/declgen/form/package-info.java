/**
 * The form described once. A {@link org.declgen.form.FormDescription} lists a form's fields in the
 * order the form prints them; each {@link org.declgen.form.Field} has its label (the printed label,
 * the YAML key and the name templates use), its kind (a {@link org.declgen.form.TextField line or
 * long text}, an {@link org.declgen.form.AmountField amount}, a {@link org.declgen.form.GroupField
 * group} such as an amount pair with its 合计, a {@link org.declgen.form.ListField list of records},
 * the {@link org.declgen.form.IndicatorTreeField indicator tree}), a {@link org.declgen.form.Lens}
 * that reads and replaces its value in the typed model record, and {@link
 * org.declgen.form.FieldNotes} (the comments YAML files and {@code init} carry, the editor's
 * explanation, whether the form prints it).
 *
 * <p>The model stays plain typed records ({@code Declaration}, {@code Budget}, …); this package
 * says how to reach each of their fields. Every machine that handles a declaration field by field —
 * the YAML reader and writer, the template view, the diff, the unprinted-field notice, the
 * importer, the JSON schema ({@link org.declgen.form.FormSchema}) and the test generators — is one
 * {@link org.declgen.form.FieldVisitor} over a description, generic in the record type, so a field
 * added to {@link org.declgen.form.DepartmentForm} is read, written, shown, compared and explained
 * everywhere, and a second kind of form is a second description, not a copy of the machinery.
 *
 * <p>A template's {@code template.properties} names the form it prints and declares its indicator
 * framework ({@link org.declgen.form.TemplateForm}); this package reads both. It depends on {@code
 * model} (and {@code diag} for messages) only.
 */
package org.declgen.form;
