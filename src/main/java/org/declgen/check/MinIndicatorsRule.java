package org.declgen.check;

import org.declgen.form.DepartmentForm;

/** §3.2 B4: the form has at least the configured number of 三级 (default 3). */
final class MinIndicatorsRule implements Rule {
  @Override
  public String id() {
    return "structure.min-indicators";
  }

  @Override
  public void check(CheckContext ctx) {
    int count = ctx.indicators().size();
    int min = ctx.config().minIndicators();
    if (count < min) {
      ctx.reportAtKey(this, DepartmentForm.INDICATORS.label(), null, count, min);
    }
  }
}
