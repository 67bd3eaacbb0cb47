package org.declgen.check;

import java.util.List;
import org.declgen.diag.Severity;
import org.declgen.form.AmountField;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Amount;
import org.declgen.model.Task;

/**
 * Issue 12: one task's 拟投入的资金 above the whole 项目支出, usually an amount typed in 元 or a slipped
 * decimal point. Reported at the task, so {@link TaskFundsRule} does not repeat it for the sum.
 */
final class TaskOverProjectRule implements Rule {
  static final TaskOverProjectRule INSTANCE = new TaskOverProjectRule();

  @Override
  public String id() {
    return "amount.task-over-project";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Amount project = ctx.declaration().budget().projectExpenditure();
    List<Task> tasks = ctx.declaration().tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      if (exceeds(t, project)) {
        ctx.report(
            this,
            DepartmentForm.TASKS.label() + "[" + i + "]." + fundsLabel(),
            null,
            t.name() == null ? String.valueOf(i + 1) : t.name(),
            Amounts.show(t.funds()),
            Amounts.show(project));
      }
    }
  }

  static boolean exceeds(Task t, Amount project) {
    return !Amounts.anyBlank(t.funds(), project) && Amounts.exceeds(t.funds(), project);
  }

  private static String fundsLabel() {
    return DepartmentForm.TASKS.items().fields().stream()
        .filter(f -> f instanceof AmountField)
        .findFirst()
        .orElseThrow()
        .label();
  }
}
