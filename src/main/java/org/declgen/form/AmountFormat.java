package org.declgen.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.declgen.model.Amount;

/**
 * How amounts are printed on the form: thousands separators and at least two decimals ({@code
 * 1,999.68}, {@code 0.00}); further decimals the filer wrote are kept, never rounded away. A blank
 * amount prints as nothing.
 */
public final class AmountFormat {
  private AmountFormat() {}

  public static String format(Amount amount) {
    return amount.isBlank() ? "" : format(amount.value());
  }

  public static String format(BigDecimal value) {
    return exact(value);
  }

  /** Every decimal the filer wrote, at least two, with thousands separators; empty when blank. */
  public static String exact(Amount amount) {
    return amount.isBlank() ? "" : exact(amount.value());
  }

  public static String exact(BigDecimal value) {
    int scale = Math.max(2, value.stripTrailingZeros().scale());
    String plain = value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String integer = digits.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + grouped + digits.substring(dot);
  }

  /** A fraction as a percentage: {@code 0.95} → {@code 95%}, {@code 1} → {@code 100%}. */
  public static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }
}
