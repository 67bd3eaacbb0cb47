package org.declgen.check;

import org.declgen.diag.Severity;
import org.declgen.form.DepartmentForm;

/**
 * A 三级 row whose name is blank ({@code ""}, nothing, {@code ~}, or only spaces, which the reader
 * reads as no name): the form prints an empty 三级 cell. A 二级 without 三级 is written {@code []}, never
 * as an unnamed row.
 */
final class UnnamedIndicatorRule implements Rule {
  @Override
  public String id() {
    return "structure.unnamed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (at.indicator().name() != null) {
        continue;
      }
      String where = at.category().label() + " › " + at.subcategory().label();
      String path = at.path() + "." + DepartmentForm.INDICATORS.columns().level3();
      if (at.values().isEmpty()) {
        ctx.report(this, path, "empty", where);
      } else {
        ctx.report(this, path, null, where, at.values().get(0).text());
      }
    }
  }
}
