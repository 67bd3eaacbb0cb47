package org.declgen.check;

import org.declgen.diag.Severity;

/** Issue 12: no amount on the form is negative (a budget states what is spent and received). */
final class NegativeAmountRule implements Rule {
  @Override
  public String id() {
    return "amount.negative";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    for (FormAmounts a : FormAmounts.of(ctx.declaration())) {
      if (!a.amount().isBlank() && a.amount().value().signum() < 0) {
        ctx.report(this, a.path(), null, a.label(), Amounts.show(a.amount()));
      }
    }
  }
}
