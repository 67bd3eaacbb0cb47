package org.declgen.form;

import java.util.ArrayList;
import java.util.List;

/**
 * One kind of form, described once: its fields in the form's order and what it says about itself.
 * Readers, writers, the template view, diffs, the JSON schema and {@code init} all follow a
 * description, so a field added here is read, written, shown and compared everywhere.
 *
 * @param kind the name a template's {@code template.properties} gives the form ({@code 部门整体})
 * @param notes what the form says about itself in files and the editor
 * @param blank a value with nothing filled in, from which readers build one field at a time
 * @param fields the top-level fields, in the form's order
 */
public record FormDescription<T>(String kind, FormNotes notes, T blank, List<Field<T>> fields) {
  public FormDescription {
    fields = List.copyOf(fields);
  }

  public List<String> labels() {
    return fields.stream().map(Field::label).toList();
  }

  /**
   * This form's fields in a form over values that hold a {@code T}, for a form that extends this
   * one.
   */
  public <U> FormDescription<U> through(String kind, U blank, Lens<U, T> outer) {
    List<Field<U>> lifted = new ArrayList<>();
    fields.forEach(f -> lifted.add(f.through(outer)));
    return new FormDescription<>(kind, notes, blank, lifted);
  }

  /** This form with one more field, placed after the field labelled {@code after}. */
  public FormDescription<T> withField(String after, Field<T> field) {
    List<Field<T>> more = new ArrayList<>(fields);
    int at = labels().indexOf(after);
    if (at < 0) {
      throw new IllegalArgumentException("no field " + after);
    }
    more.add(at + 1, field);
    return new FormDescription<>(kind, notes, blank, more);
  }
}
