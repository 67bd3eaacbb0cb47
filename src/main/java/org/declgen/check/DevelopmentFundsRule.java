package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.model.Budget;

/** §3.1 A3: 财政专项资金 + 其他事业发展性支出 ≤ 项目支出 (never required to be equal). */
final class DevelopmentFundsRule implements Rule {
  @Override
  public String id() {
    return "amount.development";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Budget b = ctx.declaration().budget();
    if (Amounts.anyBlank(b.projectExpenditure(), b.developmentTotal())) {
      return;
    }
    if (Amounts.exceeds(b.developmentTotal(), b.projectExpenditure())) {
      ctx.report(
          this,
          "预算整体情况.事业发展性支出.财政专项资金",
          null,
          Amounts.show(b.developmentTotal()),
          Amounts.show(b.projectExpenditure()));
    }
  }
}
