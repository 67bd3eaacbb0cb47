package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.model.Amount;

/**
 * §3.1 A4: Σ 年度重点工作任务.拟投入的资金 ≤ 项目支出 (the tasks are a subset). When one task alone is above 项目支出,
 * {@link TaskOverProjectRule} names that task and this rule says nothing more.
 */
final class TaskFundsRule implements Rule {
  @Override
  public String id() {
    return "amount.task-funds";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Amount project = ctx.declaration().budget().projectExpenditure();
    Amount tasks = ctx.declaration().taskFundsTotal();
    if (Amounts.anyBlank(project, tasks) || oneTaskIsReported(ctx, project)) {
      return;
    }
    if (Amounts.exceeds(tasks, project)) {
      ctx.report(this, "年度重点工作任务", null, Amounts.show(tasks), Amounts.show(project));
    }
  }

  private static boolean oneTaskIsReported(CheckContext ctx, Amount project) {
    return ctx.config().isEnabled(TaskOverProjectRule.INSTANCE)
        && ctx.declaration().tasks().stream()
            .anyMatch(t -> TaskOverProjectRule.exceeds(t, project));
  }
}
