package org.declgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A 部门整体预算绩效目标申报表. Optional texts are null when blank; lists keep the file's order. Build one from
 * {@link #BLANK} with the {@code with…} methods or with {@link #builder()}; the form's fields are
 * described once in {@code org.declgen.form.DepartmentForm}.
 *
 * @param template 模板: the template the declaration is meant for ({@code gd-municipal}), or null
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
    String template,
    String department,
    String year,
    BasicInfo basicInfo,
    Budget budget,
    String overallGoal,
    List<Task> tasks,
    String otherTasks,
    List<IndicatorCategory> indicators) {

  /** Nothing filled in. */
  public static final Declaration BLANK = builder().build();

  public Declaration {
    Objects.requireNonNull(basicInfo, "basicInfo");
    Objects.requireNonNull(budget, "budget");
    tasks = List.copyOf(tasks);
    indicators = List.copyOf(indicators);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .template(template)
        .department(department)
        .year(year)
        .basicInfo(basicInfo)
        .budget(budget)
        .overallGoal(overallGoal)
        .tasks(tasks)
        .otherTasks(otherTasks)
        .indicators(indicators);
  }

  public Declaration withTemplate(String template) {
    return toBuilder().template(template).build();
  }

  public Declaration withDepartment(String department) {
    return toBuilder().department(department).build();
  }

  public Declaration withYear(String year) {
    return toBuilder().year(year).build();
  }

  public Declaration withBasicInfo(BasicInfo basicInfo) {
    return toBuilder().basicInfo(basicInfo).build();
  }

  public Declaration withBudget(Budget budget) {
    return toBuilder().budget(budget).build();
  }

  public Declaration withOverallGoal(String overallGoal) {
    return toBuilder().overallGoal(overallGoal).build();
  }

  public Declaration withTasks(List<Task> tasks) {
    return toBuilder().tasks(tasks).build();
  }

  public Declaration withOtherTasks(String otherTasks) {
    return toBuilder().otherTasks(otherTasks).build();
  }

  public Declaration withIndicators(List<IndicatorCategory> indicators) {
    return toBuilder().indicators(indicators).build();
  }

  /** The indicator table as printed; see {@link IndicatorRow#of}. */
  public List<IndicatorRow> indicatorRows() {
    return IndicatorRow.of(indicators);
  }

  /** Σ 拟投入的资金 over the tasks that state it; blank when none does. */
  public Amount taskFundsTotal() {
    return Amount.sum(tasks.stream().map(Task::funds).toArray(Amount[]::new));
  }

  /** Collects the fields of a declaration; unset texts are blank, unset lists empty. */
  public static final class Builder {
    private String template;
    private String department;
    private String year;
    private BasicInfo basicInfo = BasicInfo.BLANK;
    private Budget budget = Budget.BLANK;
    private String overallGoal;
    private List<Task> tasks = List.of();
    private String otherTasks;
    private List<IndicatorCategory> indicators = List.of();

    private Builder() {}

    public Builder template(String template) {
      this.template = template;
      return this;
    }

    public Builder department(String department) {
      this.department = department;
      return this;
    }

    public Builder year(String year) {
      this.year = year;
      return this;
    }

    public Builder basicInfo(BasicInfo basicInfo) {
      this.basicInfo = basicInfo;
      return this;
    }

    public Builder budget(Budget budget) {
      this.budget = budget;
      return this;
    }

    public Builder overallGoal(String overallGoal) {
      this.overallGoal = overallGoal;
      return this;
    }

    public Builder tasks(List<Task> tasks) {
      this.tasks = tasks;
      return this;
    }

    public Builder otherTasks(String otherTasks) {
      this.otherTasks = otherTasks;
      return this;
    }

    public Builder indicators(List<IndicatorCategory> indicators) {
      this.indicators = indicators;
      return this;
    }

    public Declaration build() {
      return new Declaration(
          template,
          department,
          year,
          basicInfo,
          budget,
          overallGoal,
          tasks,
          otherTasks,
          indicators);
    }
  }
}
