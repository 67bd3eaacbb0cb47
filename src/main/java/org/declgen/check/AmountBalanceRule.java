package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.model.Budget;

/** §3.1 A1: 基本支出 + 项目支出 = 财政拨款 + 其他资金, to within ±0.01 万元. */
final class AmountBalanceRule implements Rule {
  @Override
  public String id() {
    return "amount.balance";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Budget b = ctx.declaration().budget();
    if (Amounts.anyBlank(
        b.basicExpenditure(), b.projectExpenditure(), b.fiscalAppropriation(), b.otherFunds())) {
      return;
    }
    if (Amounts.differ(b.expenditureTotal(), b.incomeTotal())) {
      ctx.report(
          this,
          "预算整体情况.收入来源.财政拨款",
          null,
          Amounts.show(b.expenditureTotal()),
          Amounts.show(b.incomeTotal()));
    }
  }
}
