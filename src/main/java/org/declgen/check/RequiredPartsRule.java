package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;

/** §3.2 B1: 部门名称, 总体绩效目标, at least one 年度重点工作任务 and 绩效指标 are filled. */
final class RequiredPartsRule implements Rule {
  @Override
  public String id() {
    return "structure.required";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Declaration d = ctx.declaration();
    if (d.department() == null) {
      ctx.report(this, DepartmentForm.DEPARTMENT.label(), null, DepartmentForm.DEPARTMENT.label());
    }
    if (d.overallGoal() == null) {
      ctx.report(
          this, DepartmentForm.OVERALL_GOAL.label(), null, DepartmentForm.OVERALL_GOAL.label());
    }
    if (d.tasks().isEmpty()) {
      ctx.report(this, DepartmentForm.TASKS.label(), null, DepartmentForm.TASKS.label());
    }
    if (d.indicators().isEmpty()) {
      ctx.report(this, DepartmentForm.INDICATORS.label(), null, DepartmentForm.INDICATORS.label());
    }
  }
}
