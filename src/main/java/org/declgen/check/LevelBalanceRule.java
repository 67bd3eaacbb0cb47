package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.model.Amount;
import org.declgen.model.Budget;

/** §3.1 A2: 本级使用资金 + 拟用于对下转移支付资金 = the budget total, when both are filled. */
final class LevelBalanceRule implements Rule {
  @Override
  public String id() {
    return "amount.level-balance";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Budget b = ctx.declaration().budget();
    if (Amounts.anyBlank(b.ownLevelFunds(), b.transferFunds())) {
      return;
    }
    Amount total;
    if (!Amounts.anyBlank(b.basicExpenditure(), b.projectExpenditure())) {
      total = b.expenditureTotal();
    } else if (!Amounts.anyBlank(b.fiscalAppropriation(), b.otherFunds())) {
      total = b.incomeTotal();
    } else {
      return;
    }
    if (Amounts.differ(b.levelTotal(), total)) {
      ctx.report(
          this, "预算整体情况.按预算级次划分.本级使用资金", null, Amounts.show(b.levelTotal()), Amounts.show(total));
    }
  }
}
