package org.declgen.bench;

import java.util.ArrayList;
import java.util.List;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;

/** Builds big declarations from a real one: many tasks and indicator rows, same kinds of text. */
final class LargeForm {
  /** The large form of the benchmark. */
  static final int TASKS = 20;

  static final int INDICATOR_ROWS = 600;

  private LargeForm() {}

  /** The seed grown to {@code tasks} tasks and {@code rows} indicator rows. */
  static Declaration grow(Declaration seed, int tasks, int rows) {
    List<Task> grownTasks = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      Task t = seed.tasks().get(i % seed.tasks().size());
      grownTasks.add(t.withName("任务" + (i + 1) + "：" + t.name()).withFunds(Amount.of("100.00")));
    }
    return seed.withTasks(grownTasks).withIndicators(grownIndicators(seed, rows));
  }

  /** The seed's 一级/二级 groups, each filled in turn from the seed's own 三级 rows. */
  private static List<IndicatorCategory> grownIndicators(Declaration seed, int rows) {
    List<Indicator> pool = new ArrayList<>();
    List<int[]> groups = new ArrayList<>();
    for (int c = 0; c < seed.indicators().size(); c++) {
      IndicatorCategory category = seed.indicators().get(c);
      for (int s = 0; s < category.subcategories().size(); s++) {
        List<Indicator> own = category.subcategories().get(s).indicators();
        if (!own.isEmpty()) {
          groups.add(new int[] {c, s});
          pool.addAll(own);
        }
      }
    }
    List<List<Indicator>> filled = new ArrayList<>();
    groups.forEach(g -> filled.add(new ArrayList<>()));
    for (int i = 0; i < rows; i++) {
      Indicator model = pool.get(i % pool.size());
      filled
          .get(i * groups.size() / rows)
          .add(
              new Indicator(
                  model.name() + "（" + (i + 1) + "）", model.periodValue(), model.annualValue()));
    }
    List<IndicatorCategory> categories = new ArrayList<>();
    for (int c = 0; c < seed.indicators().size(); c++) {
      IndicatorCategory category = seed.indicators().get(c);
      List<IndicatorSubcategory> subs = new ArrayList<>();
      for (int s = 0; s < category.subcategories().size(); s++) {
        int index = indexOf(groups, c, s);
        IndicatorSubcategory sub = category.subcategories().get(s);
        subs.add(index < 0 ? sub : new IndicatorSubcategory(sub.label(), filled.get(index)));
      }
      categories.add(new IndicatorCategory(category.label(), subs));
    }
    return categories;
  }

  private static int indexOf(List<int[]> groups, int category, int subcategory) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i)[0] == category && groups.get(i)[1] == subcategory) {
        return i;
      }
    }
    return -1;
  }

  /** The seed under another department name, so a batch holds distinct forms. */
  static Declaration renamed(Declaration seed, int number) {
    return seed.withDepartment(seed.department() + "（" + number + "）");
  }
}
