package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.model.Declaration;
import org.declgen.model.Labels;

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
      ctx.report(this, Labels.DEPARTMENT, null, Labels.DEPARTMENT);
    }
    if (d.overallGoal() == null) {
      ctx.report(this, Labels.OVERALL_GOAL, null, Labels.OVERALL_GOAL);
    }
    if (d.tasks().isEmpty()) {
      ctx.report(this, Labels.TASKS, null, Labels.TASKS);
    }
    if (d.indicators().isEmpty()) {
      ctx.report(this, Labels.INDICATORS, null, Labels.INDICATORS);
    }
  }
}
