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

  /**
   * The amount as it should have been typed, when the text is one typed with a Chinese input
   * method's full-width digits, comma or point ({@code 1，999.68}, {@code １９９９．６８}): its half-width
   * form without thousands separators ({@code 1999.68}). Never read as the amount: the clerk is
   * told the exact fix.
   */
  public static Optional<String> halfWidth(String text) {
    StringBuilder half = new StringBuilder();
    for (char c : text.strip().toCharArray()) {
      if (c >= '０' && c <= '９') {
        half.append((char) (c - '０' + '0'));
      } else if (c == '，') {
        half.append(',');
      } else if (c == '．' || c == '。') {
        half.append('.');
      } else {
        half.append(c);
      }
    }
    String t = half.toString();
    return t.equals(text.strip()) ? Optional.empty() : parse(t).map(a -> a.value().toPlainString());
  }
}
