package org.declgen.importer;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.declgen.model.Amount;
import org.declgen.yaml.AmountParser;

/**
 * An amount as clerks type it into a form's amount column: {@code 1,234.56}, {@code 1,234.56 万元},
 * {@code ￥1234.00}, or a dash for nothing. Only forms do this; amounts typed into YAML stay plain
 * numbers ({@link AmountParser}).
 *
 * @param amount the number as typed, blank for a dash
 * @param unit the unit typed after the number; empty when none was typed (the column's unit)
 */
record TypedAmount(Amount amount, Optional<MoneyUnit> unit) {
  /** Dashes and hyphens written alone for "nothing" (－ is folded to - first). */
  private static final Pattern DASH = Pattern.compile("[-‐‑‒–—―−]+");

  /** The amount a cell's text holds, or empty when it is no amount. */
  static Optional<TypedAmount> read(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(" ", "");
    if (DASH.matcher(t).matches()) {
      return Optional.of(new TypedAmount(Amount.BLANK, Optional.empty()));
    }
    if (t.startsWith("¥")) {
      t = t.substring(1);
    }
    Optional<MoneyUnit> unit = MoneyUnit.endOf(t);
    if (unit.isPresent()) {
      t = t.substring(0, t.length() - unit.get().toString().length());
    }
    return AmountParser.parse(t).map(a -> new TypedAmount(a, unit));
  }
}
