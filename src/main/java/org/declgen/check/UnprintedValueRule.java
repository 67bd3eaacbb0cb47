package org.declgen.check;

import java.util.List;
import org.declgen.diag.Severity;
import org.declgen.form.PrintedValues;

/**
 * A 三级 whose only value stands in a column the chosen template does not print (the 市级 form prints
 * only 年度指标值): the paper would show an empty cell and the value would be lost.
 */
final class UnprintedValueRule implements Rule {
  @Override
  public String id() {
    return "value.unprinted";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (!IndicatorColumns.needsPrintedColumns(at.indicator())) {
        continue;
      }
      PrintedValues printed = ctx.printedValues();
      List<IndicatorColumns.Column> columns = IndicatorColumns.of(at.indicator(), printed);
      IndicatorColumns.lost(columns)
          .ifPresent(
              lost ->
                  ctx.report(
                      this,
                      at.path() + "." + lost.label(),
                      null,
                      at.name(),
                      lost.label(),
                      lost.text(),
                      printed.template(),
                      IndicatorColumns.printedLabels(columns)));
    }
  }
}
