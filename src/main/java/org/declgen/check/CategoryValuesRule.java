package org.declgen.check;

import java.util.List;
import org.declgen.diag.Severity;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;

/** §3.2 B3: each of 产出, 效益 and 满意度 has at least one 三级 with a value. */
final class CategoryValuesRule implements Rule {
  private static final List<String> KINDS = List.of("产出", "效益", "满意度");

  @Override
  public String id() {
    return "structure.category-values";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    if (ctx.declaration().indicators().isEmpty()) {
      return;
    }
    for (String kind : KINDS) {
      List<IndicatorCategory> matching =
          ctx.declaration().indicators().stream().filter(c -> c.label().contains(kind)).toList();
      boolean filled =
          matching.stream()
              .flatMap(c -> c.subcategories().stream())
              .flatMap(s -> s.indicators().stream())
              .anyMatch(CategoryValuesRule::hasValue);
      if (!filled) {
        String path =
            matching.isEmpty()
                ? DepartmentForm.INDICATORS.label()
                : DepartmentForm.INDICATORS.label() + "." + matching.get(0).label();
        ctx.reportAtKey(this, path, null, kind + "指标");
      }
    }
  }

  private static boolean hasValue(Indicator i) {
    return i.name() != null && (i.annualValue() != null || i.periodValue() != null);
  }
}
