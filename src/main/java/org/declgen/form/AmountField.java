package org.declgen.form;

import org.declgen.model.Amount;

/** An amount in 万元, exact as written; blank is not zero. */
public record AmountField<T>(String label, Lens<T, Amount> lens, FieldNotes notes)
    implements Field<T> {

  @Override
  public <R> R accept(FieldVisitor<T, R> visitor) {
    return visitor.amount(this);
  }

  @Override
  public <U> AmountField<U> through(Lens<U, T> outer) {
    return new AmountField<>(label, lens.after(outer), notes);
  }
}
