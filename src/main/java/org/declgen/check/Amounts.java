package org.declgen.check;

import java.math.BigDecimal;
import org.declgen.form.AmountFormat;
import org.declgen.model.Amount;

/** Comparing amounts the way a reviewer does: to within ±0.01 万元 (display rounding). */
final class Amounts {
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private Amounts() {}

  static boolean differ(Amount a, Amount b) {
    return a.value().subtract(b.value()).abs().compareTo(TOLERANCE) > 0;
  }

  static boolean exceeds(Amount a, Amount limit) {
    return a.value().subtract(limit.value()).compareTo(TOLERANCE) > 0;
  }

  static boolean anyBlank(Amount... amounts) {
    for (Amount a : amounts) {
      if (a.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** An amount in a message: with thousands separators, every decimal the filer wrote. */
  static String show(Amount a) {
    return AmountFormat.exact(a);
  }
}
