package org.declgen.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.declgen.form.DepartmentForm;
import org.declgen.form.IndicatorFramework;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/** §3.2 B2: every 一级 and 二级 of the template version's framework is present (empty is fine). */
final class FrameworkRule implements Rule {
  @Override
  public String id() {
    return "structure.framework";
  }

  @Override
  public void check(CheckContext ctx) {
    IndicatorFramework f = ctx.framework();
    List<IndicatorCategory> categories = ctx.declaration().indicators();
    if (categories.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (IndicatorCategory c : categories) {
      Optional<String> standard = StandardLabels.resolve(c.label(), f.level1());
      if (standard.isEmpty()) {
        continue;
      }
      seen.add(standard.get());
      Set<String> subs = new HashSet<>();
      for (IndicatorSubcategory s : c.subcategories()) {
        StandardLabels.resolve(s.label(), f.level2(standard.get())).ifPresent(subs::add);
      }
      for (String expected : f.level2(standard.get())) {
        if (!subs.contains(expected)) {
          ctx.reportAtKey(
              this,
              DepartmentForm.INDICATORS.label() + "." + c.label(),
              "level2",
              c.label(),
              expected,
              f.id());
        }
      }
    }
    for (String expected : f.level1()) {
      if (!seen.contains(expected)) {
        ctx.reportAtKey(this, DepartmentForm.INDICATORS.label(), "level1", expected, f.id());
      }
    }
  }
}
