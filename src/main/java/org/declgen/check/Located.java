package org.declgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/**
 * A 三级 with its 一级, 二级, its key path ({@code 绩效指标.产出指标.数量指标[12]}) and its values, each read once
 * for every rule that looks at it.
 *
 * @param values the values to look at, each with its path: one when 指标值 serves both columns
 * @param isRate whether its name names a rate ({@link Metrics#isRate}), which five rules ask
 */
record Located(
    IndicatorCategory category,
    IndicatorSubcategory subcategory,
    Indicator indicator,
    String path,
    List<Value> values,
    boolean isRate) {

  /** Every 三级 of the declaration, in file order; {@code written} says which paths the file has. */
  static List<Located> all(Declaration d, Predicate<String> written) {
    List<Located> result = new ArrayList<>();
    for (IndicatorCategory c : d.indicators()) {
      for (IndicatorSubcategory s : c.subcategories()) {
        for (int i = 0; i < s.indicators().size(); i++) {
          String path =
              DepartmentForm.INDICATORS.label() + "." + c.label() + "." + s.label() + "[" + i + "]";
          Indicator indicator = s.indicators().get(i);
          result.add(
              new Located(
                  c,
                  s,
                  indicator,
                  path,
                  values(indicator, path, written),
                  Metrics.isRate(name(indicator))));
        }
      }
    }
    return List.copyOf(result);
  }

  String name() {
    return name(indicator);
  }

  private static String name(Indicator indicator) {
    return Objects.requireNonNullElse(indicator.name(), "");
  }

  private static List<Value> values(Indicator indicator, String path, Predicate<String> written) {
    List<Value> result = new ArrayList<>();
    if (written.test(path + "." + DepartmentForm.INDICATORS.columns().value())) {
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
    return List.copyOf(result);
  }

  private static void add(List<Value> values, String text, String path) {
    if (text != null && !text.isBlank()) {
      values.add(new Value(text, path, ValueParts.parse(text)));
    }
  }

  /** One 指标值 as written, where it stands, and what it says. */
  record Value(String text, String path, ValueParts parts) {}
}
