package org.declgen.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount in 万元 as the declaration states it. A blank amount (left empty in the form) is not
 * zero: it has no value and renders as an empty cell.
 */
public record Amount(BigDecimal value) {
  public static final Amount BLANK = new Amount(null);

  public static Amount of(String decimal) {
    return new Amount(new BigDecimal(decimal));
  }

  public boolean isBlank() {
    return value == null;
  }

  public Optional<BigDecimal> asOptional() {
    return Optional.ofNullable(value);
  }

  /** The sum of the filled amounts, or blank when every one is blank. */
  public static Amount sum(Amount... amounts) {
    BigDecimal total = null;
    for (Amount a : amounts) {
      if (!a.isBlank()) {
        total = total == null ? a.value : total.add(a.value);
      }
    }
    return new Amount(total);
  }

  /**
   * A 合计 as the form prints it: the sum of all parts, or blank when any part is blank (a total that
   * counted a blank part as 0 would print a wrong figure).
   */
  public static Amount total(Amount... parts) {
    for (Amount a : parts) {
      if (a.isBlank()) {
        return BLANK;
      }
    }
    return sum(parts);
  }

  @Override
  public String toString() {
    return isBlank() ? "" : value.toPlainString();
  }
}
