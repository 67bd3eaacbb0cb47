package org.declgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declgen.form.DepartmentForm;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.PrintedValues;
import org.declgen.model.Indicator;

/**
 * A 三级's two value columns as the chosen template prints them: which are printed and blank, and
 * which is filled but not printed.
 */
final class IndicatorColumns {
  /** One value column of one 三级: its label, its text, whether the form prints it. */
  record Column(String label, String text, boolean printed) {
    boolean blank() {
      return text == null || text.isBlank();
    }
  }

  private IndicatorColumns() {}

  /**
   * True when the printed columns matter for this 三级: it has two different values, or none. A
   * single filled 指标值 prints in whichever column the form has, so the template need not be asked.
   */
  static boolean needsPrintedColumns(Indicator i) {
    return !i.hasSingleValue() || i.annualValue() == null || i.annualValue().isBlank();
  }

  static List<Column> of(Indicator i, PrintedValues printed) {
    IndicatorTreeField.Columns c = DepartmentForm.INDICATORS.columns();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(c.periodValue(), i.periodValue(), printed.period()));
    columns.add(new Column(c.annualValue(), i.annualValue(), printed.annual()));
    return columns;
  }

  /**
   * The filled value the form would lose: every printed column is blank while an unprinted one is
   * filled. Empty when the form prints no value column at all (nothing to move it to).
   */
  static Optional<Column> lost(List<Column> columns) {
    List<Column> printed = columns.stream().filter(Column::printed).toList();
    if (printed.isEmpty() || printed.stream().anyMatch(col -> !col.blank())) {
      return Optional.empty();
    }
    return columns.stream().filter(col -> !col.printed() && !col.blank()).findFirst();
  }

  /** The labels of the printed columns, as a message lists them ({@code 年度指标值}). */
  static String printedLabels(List<Column> columns) {
    return String.join("、", columns.stream().filter(Column::printed).map(Column::label).toList());
  }
}
