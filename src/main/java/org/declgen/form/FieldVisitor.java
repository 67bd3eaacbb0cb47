package org.declgen.form;

/**
 * Does one thing for each kind of field. Every reader, writer and view of a form is one visitor, so
 * a new kind of field cannot be forgotten by any of them: it does not compile until each handles
 * it.
 *
 * @param <T> the value the fields belong to
 * @param <R> what the visitor makes of a field
 */
public interface FieldVisitor<T, R> {
  R text(TextField<T> field);

  R amount(AmountField<T> field);

  <S> R group(GroupField<T, S> field);

  <E> R list(ListField<T, E> field);

  R indicators(IndicatorTreeField<T> field);
}
