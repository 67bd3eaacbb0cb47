package org.declgen.form;

/**
 * One field of a form over values of type {@code T} (the record that holds it). Its label is the
 * form's printed label, the YAML key and the name templates use. What a field is — a line of text,
 * a long text, an amount, a group, a list of records, an indicator tree — is its class; the code
 * that reads, writes, shows or compares fields handles each class through a {@link FieldVisitor}.
 */
public sealed interface Field<T>
    permits TextField, AmountField, GroupField, ListField, IndicatorTreeField {
  String label();

  FieldNotes notes();

  <R> R accept(FieldVisitor<T, R> visitor);

  /** The same field in a form over values that hold a {@code T}. */
  <U> Field<U> through(Lens<U, T> outer);
}
