package org.declgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/** A 三级 with its 一级, 二级 and its key path ({@code 绩效指标.产出指标.数量指标[12]}). */
record Located(
    IndicatorCategory category,
    IndicatorSubcategory subcategory,
    Indicator indicator,
    String path) {

  static List<Located> all(Declaration d) {
    List<Located> result = new ArrayList<>();
    for (IndicatorCategory c : d.indicators()) {
      for (IndicatorSubcategory s : c.subcategories()) {
        for (int i = 0; i < s.indicators().size(); i++) {
          result.add(
              new Located(
                  c,
                  s,
                  s.indicators().get(i),
                  DepartmentForm.INDICATORS.label()
                      + "."
                      + c.label()
                      + "."
                      + s.label()
                      + "["
                      + i
                      + "]"));
        }
      }
    }
    return result;
  }

  String name() {
    return Objects.requireNonNullElse(indicator.name(), "");
  }

  /** The values to look at, each with its path: one when 指标值 serves both columns. */
  List<Value> values(CheckContext ctx) {
    List<Value> result = new ArrayList<>();
    if (ctx.has(path + "." + DepartmentForm.INDICATORS.columns().value())) {
      add(
          result,
          indicator.annualValue(),
          path + "." + DepartmentForm.INDICATORS.columns().value());
    } else {
      add(
          result,
          indicator.periodValue(),
          path + "." + DepartmentForm.INDICATORS.columns().periodValue());
      add(
          result,
          indicator.annualValue(),
          path + "." + DepartmentForm.INDICATORS.columns().annualValue());
    }
    return result;
  }

  private static void add(List<Value> values, String text, String path) {
    if (text != null && !text.isBlank()) {
      values.add(new Value(text, path, ValueParts.parse(text)));
    }
  }

  /** One 指标值 as written, where it stands, and what it says. */
  record Value(String text, String path, ValueParts parts) {}
}
