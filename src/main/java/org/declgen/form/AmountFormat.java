package org.declgen.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.declgen.model.Amount;

/**
 * How amounts are printed. Official forms print 万元 with two decimals, rounded half up, and
 * thousands separators ({@code 1999.675843} → {@code 1,999.68}); the exact value stays in the YAML,
 * the checks and the diffs, which show it with {@link #exact}. A blank amount prints as nothing.
 */
public final class AmountFormat {
  /** The decimals a form prints. */
  public static final int PRINTED_SCALE = 2;

  private AmountFormat() {}

  /** As the form prints it: {@code 1,999.68}; empty when blank. */
  public static String format(Amount amount) {
    return amount.isBlank() ? "" : format(amount.value());
  }

  /** As the form prints it: {@code 1,999.68}. */
  public static String format(BigDecimal value) {
    return grouped(value.setScale(PRINTED_SCALE, RoundingMode.HALF_UP));
  }

  /**
   * Every decimal the filer wrote, at least two, with thousands separators: {@code 1,999.675843},
   * {@code 0.00}; empty when blank.
   */
  public static String exact(Amount amount) {
    return amount.isBlank() ? "" : exact(amount.value());
  }

  public static String exact(BigDecimal value) {
    int scale = Math.max(PRINTED_SCALE, value.stripTrailingZeros().scale());
    return grouped(value.setScale(scale, RoundingMode.UNNECESSARY));
  }

  /** True when the form prints the amount rounded: it has more than two decimals that count. */
  public static boolean isRounded(Amount amount) {
    return !amount.isBlank() && amount.value().stripTrailingZeros().scale() > PRINTED_SCALE;
  }

  /** A fraction as a percentage: {@code 0.95} → {@code 95%}, {@code 1} → {@code 100%}. */
  public static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  private static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
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
}
