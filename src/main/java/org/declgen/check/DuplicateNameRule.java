package org.declgen.check;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Task;

/**
 * Two 年度重点工作任务, or two 三级 of one 二级, with the same name: a reviewer asks which is which, and {@code
 * declgen diff} cannot tell them apart. Reported at the second, naming the first's line.
 */
final class DuplicateNameRule implements Rule {
  @Override
  public String id() {
    return "structure.duplicate-name";
  }

  @Override
  public void check(CheckContext ctx) {
    checkTasks(ctx);
    checkIndicators(ctx);
  }

  private void checkTasks(CheckContext ctx) {
    Map<String, String> firstPaths = new HashMap<>();
    List<Task> tasks = ctx.declaration().tasks();
    String nameLabel = DepartmentForm.TASKS.items().key();
    for (int i = 0; i < tasks.size(); i++) {
      String name = tasks.get(i).name();
      String path = DepartmentForm.TASKS.label() + "[" + i + "]." + nameLabel;
      String first = name == null ? null : firstPaths.putIfAbsent(sameNameKey(name), path);
      if (first != null) {
        ctx.report(this, path, "task", name, ctx.lineOf(first));
      }
    }
  }

  private void checkIndicators(CheckContext ctx) {
    Map<String, String> firstPaths = new HashMap<>();
    String nameLabel = DepartmentForm.INDICATORS.columns().level3();
    for (Located at : ctx.indicators()) {
      if (at.indicator().name() == null) {
        continue;
      }
      String list = at.path().substring(0, at.path().lastIndexOf('['));
      String path = at.path() + "." + nameLabel;
      String first = firstPaths.putIfAbsent(list + "\n" + sameNameKey(at.name()), path);
      if (first != null) {
        ctx.report(this, path, "indicator", at.subcategory().label(), at.name(), ctx.lineOf(first));
      }
    }
  }

  /** Names a reader takes for the same: full-width and half-width forms alike, spaces ignored. */
  private static String sameNameKey(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
