package org.declgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 部门整体预算绩效目标申报表. Optional texts are null when blank; lists keep the file's order.
 *
 * @param department 部门名称
 * @param year 年度, as written (null where the form states none)
 * @param basicInfo 基本信息 (municipal form only)
 * @param budget 预算整体情况
 * @param overallGoal 总体绩效目标 (Markdown-light text)
 * @param tasks 年度重点工作任务
 * @param otherTasks 其他需完成的任务（可选填） (Markdown-light text)
 * @param indicators 绩效指标, 一级 in the file's order
 */
public record Declaration(
    String department,
    String year,
    BasicInfo basicInfo,
    Budget budget,
    String overallGoal,
    List<Task> tasks,
    String otherTasks,
    List<IndicatorCategory> indicators) {

  public Declaration {
    Objects.requireNonNull(basicInfo, "basicInfo");
    Objects.requireNonNull(budget, "budget");
    tasks = List.copyOf(tasks);
    indicators = List.copyOf(indicators);
  }

  /**
   * The indicator table as printed: one row per 三级, one for each 二级 that has none, and one for a 一级
   * that has no 二级 at all.
   */
  public List<IndicatorRow> indicatorRows() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorCategory category : indicators) {
      if (category.subcategories().isEmpty()) {
        rows.add(new IndicatorRow(category, IndicatorSubcategory.NONE, Optional.empty()));
      }
      for (IndicatorSubcategory sub : category.subcategories()) {
        if (sub.indicators().isEmpty()) {
          rows.add(new IndicatorRow(category, sub, Optional.empty()));
        }
        for (Indicator indicator : sub.indicators()) {
          rows.add(new IndicatorRow(category, sub, Optional.of(indicator)));
        }
      }
    }
    return rows;
  }

  /** Σ 拟投入的资金 over the tasks that state it; blank when none does. */
  public Amount taskFundsTotal() {
    return Amount.sum(tasks.stream().map(Task::funds).toArray(Amount[]::new));
  }
}
