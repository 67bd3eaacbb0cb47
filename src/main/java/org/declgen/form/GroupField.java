package org.declgen.form;

import java.util.List;

/**
 * A labelled group of fields: a mapping in the YAML, a hash in the template view. The group's
 * fields belong to {@code S}, the value the lens leads to (基本信息 → {@code BasicInfo}); a group that
 * only arranges fields of its parent's record uses {@link Lens#self()}.
 *
 * @param total the name of the derived sum of the group's amounts ({@code 合计}), shown in the
 *     template view and in diffs but never stored; null when the group has none
 */
public record GroupField<T, S>(
    String label, Lens<T, S> lens, List<Field<S>> fields, String total, FieldNotes notes)
    implements Field<T> {

  public GroupField {
    fields = List.copyOf(fields);
  }

  /** A group of fields. */
  public static <T, S> GroupField<T, S> block(
      String label, Lens<T, S> lens, FieldNotes notes, List<Field<S>> fields) {
    return new GroupField<>(label, lens, fields, null, notes);
  }

  /** A group of amounts with their sum named {@code total}. */
  public static <T> GroupField<T, T> amounts(
      String label, String total, FieldNotes notes, List<Field<T>> fields) {
    return new GroupField<>(label, Lens.self(), fields, total, notes);
  }

  @Override
  public <R> R accept(FieldVisitor<T, R> visitor) {
    return visitor.group(this);
  }

  @Override
  public <U> GroupField<U, S> through(Lens<U, T> outer) {
    return new GroupField<>(label, lens.after(outer), fields, total, notes);
  }
}
