package org.declgen.check;

import java.util.List;
import java.util.Optional;
import org.declgen.form.DepartmentForm;
import org.declgen.form.IndicatorFramework;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/**
 * 一级/二级 labels compared with the standard framework: a drifted label (服务对象) names the standard one;
 * an unknown label lists what is allowed. The form still prints labels verbatim.
 */
final class LabelRule implements Rule {
  @Override
  public String id() {
    return "structure.label";
  }

  @Override
  public void check(CheckContext ctx) {
    IndicatorFramework f = ctx.framework();
    for (IndicatorCategory c : ctx.declaration().indicators()) {
      String path = DepartmentForm.INDICATORS.label() + "." + c.label();
      Optional<String> standard = compare(ctx, path, c.label(), f.level1(), f.id());
      List<String> allowed = standard.map(f::level2).orElse(List.of());
      for (IndicatorSubcategory s : c.subcategories()) {
        if (!allowed.isEmpty()) {
          compare(ctx, path + "." + s.label(), s.label(), allowed, f.id());
        }
      }
    }
  }

  private Optional<String> compare(
      CheckContext ctx, String path, String label, List<String> standard, String frameworkId) {
    if (standard.contains(label)) {
      return Optional.of(label);
    }
    Optional<String> drifted = StandardLabels.drifted(label, standard);
    if (drifted.isPresent()) {
      ctx.reportAtKey(this, path, "drifted", label, drifted.get(), frameworkId);
    } else {
      ctx.reportAtKey(this, path, "unknown", label, String.join("、", standard), frameworkId);
    }
    return drifted;
  }
}
