package org.declgen.yaml;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.declgen.model.Amount;

/**
 * Reads an amount from a scalar's text, never through {@code double}: {@code 1999.68}, {@code
 * 1,999.68} (thousands separators as printed on forms) and {@code -3.5} are accepted.
 */
public final class AmountParser {
  private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private AmountParser() {}

  /** The amount, or empty when the text is not a decimal number. */
  public static Optional<Amount> parse(String text) {
    String t = text.strip();
    if (PLAIN.matcher(t).matches()) {
      return Optional.of(new Amount(new BigDecimal(t)));
    }
    if (GROUPED.matcher(t).matches()) {
      return Optional.of(new Amount(new BigDecimal(t.replace(",", ""))));
    }
    return Optional.empty();
  }
}
