package org.declgen.form;

/**
 * What a field says about itself besides its label and its value.
 *
 * @param title the heading the editor shows, when it differs from the label ({@code
 *     其他需完成的任务（可选填）}); null for the label
 * @param schema the explanation the editor shows beside the key (the JSON schema's description)
 * @param comment the comment the YAML writer puts after the key, or null
 * @param initComment the comment {@code init} puts after the key when there is no other, or null
 * @param printedLabel how the label may be printed on a form, as a regular expression ({@code
 *     .{0,3}本级使用资金} for 区本级/市本级使用资金), or null for the label itself
 * @param printed whether the field is printed on the form (a template that leaves it out is
 *     noticed); false for facts about the file, such as 模板
 * @param optional whether the YAML writer leaves the key out while it is blank
 */
public record FieldNotes(
    String title,
    String schema,
    String comment,
    String initComment,
    String printedLabel,
    boolean printed,
    boolean optional) {

  /** Notes with the editor's explanation only. */
  public static FieldNotes schema(String schema) {
    return new FieldNotes(null, schema, null, null, null, true, false);
  }

  public FieldNotes title(String title) {
    return new FieldNotes(title, schema, comment, initComment, printedLabel, printed, optional);
  }

  public FieldNotes comment(String comment) {
    return new FieldNotes(title, schema, comment, initComment, printedLabel, printed, optional);
  }

  public FieldNotes init(String initComment) {
    return new FieldNotes(title, schema, comment, initComment, printedLabel, printed, optional);
  }

  public FieldNotes printedAs(String printedLabel) {
    return new FieldNotes(title, schema, comment, initComment, printedLabel, printed, optional);
  }

  /** A fact about the file that no form prints (模板). */
  public FieldNotes notPrinted() {
    return new FieldNotes(title, schema, comment, initComment, printedLabel, false, optional);
  }

  /** A key the YAML writer leaves out while it is blank. */
  public FieldNotes omitWhenBlank() {
    return new FieldNotes(title, schema, comment, initComment, printedLabel, printed, true);
  }

  /** The title, or the label when the field has no title of its own. */
  public String titleOr(String label) {
    return title == null ? label : title;
  }
}
