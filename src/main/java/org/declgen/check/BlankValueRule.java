package org.declgen.check;

import java.util.List;
import org.declgen.form.DepartmentForm;
import org.declgen.form.PrintedValues;

/**
 * A named 三级 with a printed value column left blank: the form prints an empty cell. One finding per
 * blank printed column (the 区级 form prints two), naming it. A value filled only in an unprinted
 * column is {@link UnprintedValueRule}'s error instead.
 */
final class BlankValueRule implements Rule {
  @Override
  public String id() {
    return "value.blank";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (at.name().isBlank() || !IndicatorColumns.needsPrintedColumns(at.indicator())) {
        continue;
      }
      PrintedValues printed = ctx.printedValues();
      List<IndicatorColumns.Column> columns = IndicatorColumns.of(at.indicator(), printed);
      if (IndicatorColumns.lost(columns).isPresent()) {
        continue;
      }
      for (IndicatorColumns.Column column : columns) {
        if (column.printed() && column.blank()) {
          ctx.report(
              this,
              at.path() + "." + DepartmentForm.INDICATORS.columns().level3(),
              null,
              at.name(),
              column.label(),
              printed.template());
        }
      }
    }
  }
}
