package org.declgen.form;

/**
 * A text, kept as written; null when blank.
 *
 * @param rich true for a long text that may use Markdown-light (paragraphs, lists, bold): 总体绩效目标,
 *     主要实施内容; false for one line: 部门名称, 年度
 */
public record TextField<T>(String label, boolean rich, Lens<T, String> lens, FieldNotes notes)
    implements Field<T> {

  public static <T> TextField<T> line(String label, Lens<T, String> lens, FieldNotes notes) {
    return new TextField<>(label, false, lens, notes);
  }

  public static <T> TextField<T> rich(String label, Lens<T, String> lens, FieldNotes notes) {
    return new TextField<>(label, true, lens, notes);
  }

  @Override
  public <R> R accept(FieldVisitor<T, R> visitor) {
    return visitor.text(this);
  }

  @Override
  public <U> TextField<U> through(Lens<U, T> outer) {
    return new TextField<>(label, rich, lens.after(outer), notes);
  }
}
