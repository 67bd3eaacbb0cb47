package org.declgen.diff;

import java.math.BigDecimal;
import org.declgen.form.AmountFormat;
import org.declgen.model.Amount;

/**
 * How changes print: amounts exactly, with every decimal the filer wrote (a change the form's
 * rounding hides is still a change), signed deltas with thousands separators.
 */
final class Deltas {
  private Deltas() {}

  /** The amount with at least two decimals and thousands separators, {@code ""} when blank. */
  static String amount(Amount a) {
    return AmountFormat.exact(a);
  }

  /** {@code +425.52} / {@code -76.07}: amount deltas keep the form's two decimals. */
  static String amountDelta(Amount before, Amount after) {
    if (before.isBlank() || after.isBlank()) {
      return "";
    }
    BigDecimal d = after.value().subtract(before.value());
    return (d.signum() < 0 ? "" : "+") + AmountFormat.exact(d);
  }

  /** {@code +5,200} / {@code -0.5}: a plain number with its sign and thousands separators. */
  static String signed(BigDecimal d) {
    BigDecimal plain = d.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    String text = plain.abs().toPlainString();
    int dot = text.indexOf('.');
    String integer = dot < 0 ? text : text.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(integer.charAt(i));
    }
    String sign = d.signum() < 0 ? "-" : "+";
    return sign + grouped + (dot < 0 ? "" : text.substring(dot));
  }
}
