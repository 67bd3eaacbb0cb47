package org.declgen.template.view;

import java.math.BigDecimal;

/**
 * An amount as a number in template arithmetic: its exact value, marked as money so that the sum of
 * two amounts still prints as an amount ({@code 15,074.16}) and not as a plain number.
 */
public final class AmountNumber extends Number {
  private static final long serialVersionUID = 1L;

  private final BigDecimal value;

  public AmountNumber(BigDecimal value) {
    this.value = value;
  }

  public BigDecimal value() {
    return value;
  }

  @Override
  public int intValue() {
    return value.intValue();
  }

  @Override
  public long longValue() {
    return value.longValue();
  }

  @Override
  public float floatValue() {
    return value.floatValue();
  }

  @Override
  public double doubleValue() {
    return value.doubleValue();
  }

  /** The exact value, as FreeMarker reads a number it does not know. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
