package org.declgen.check;

import java.math.RoundingMode;
import org.declgen.form.AmountFormat;

/**
 * Issue 10: an amount with more than two decimals (copied from a spreadsheet) is printed rounded to
 * two, so the form shows another figure than the YAML holds. Every amount the form describes is
 * looked at; sums are still checked on the exact values.
 */
final class AmountPrecisionRule implements Rule {
  @Override
  public String id() {
    return "amount.precision";
  }

  @Override
  public void check(CheckContext ctx) {
    for (FormAmounts a : FormAmounts.of(ctx.declaration())) {
      if (AmountFormat.isRounded(a.amount())) {
        ctx.report(
            this,
            a.path(),
            null,
            a.label(),
            a.amount().value().toPlainString(),
            AmountFormat.format(a.amount()),
            a.amount()
                .value()
                .setScale(AmountFormat.PRINTED_SCALE, RoundingMode.HALF_UP)
                .toPlainString());
      }
    }
  }
}
