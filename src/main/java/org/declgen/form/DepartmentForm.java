package org.declgen.form;

import java.util.List;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Task;

/**
 * The 部门整体预算绩效目标申报表, field by field. This is the one place a field of the form is declared: its
 * label (the YAML key and the template name), its kind, where its value lives in {@link
 * Declaration}, and what the YAML, {@code init} and the editor say about it.
 */
public final class DepartmentForm {
  /** The name {@code template.properties} gives this form ({@code form=部门整体}). */
  public static final String KIND = "部门整体";

  /** The name of the derived sum of a group of amounts. */
  public static final String TOTAL = "合计";

  public static final TextField<Declaration> TEMPLATE =
      TextField.line(
          "模板",
          Lens.of(Declaration::template, Declaration::withTemplate),
          FieldNotes.schema(
                  "这份申报表所用的模板（表格样式和标准指标框架），如 gz-district（区级）、gd-municipal（市级）；"
                      + "由 declgen init -t 和 declgen import 写入。")
              .init("所用模板（表格样式和标准指标框架）")
              .notPrinted()
              .omitWhenBlank());

  public static final TextField<Declaration> DEPARTMENT =
      TextField.line(
          "部门名称",
          Lens.of(Declaration::department, Declaration::withDepartment),
          FieldNotes.schema("填报部门的全称，与公章一致。").init("全称，与公章一致"));

  public static final TextField<Declaration> YEAR =
      TextField.line(
          "年度",
          Lens.of(Declaration::year, Declaration::withYear),
          FieldNotes.schema("预算年度，如 2025；表上不写年度时为 ~。").comment("表上不写年度时为 ~"));

  public static final GroupField<Declaration, BasicInfo> BASIC_INFO =
      GroupField.block(
          "基本信息",
          Lens.of(Declaration::basicInfo, Declaration::withBasicInfo),
          FieldNotes.schema("市级表打印这一行；区级表不打印。").comment("市级表打印这一行；区级表不打印"),
          List.of(
              TextField.line(
                  "财政供养人员数",
                  Lens.of(BasicInfo::fundedStaff, BasicInfo::withFundedStaff),
                  FieldNotes.schema("人数，如 120。").init("人数，如 120")),
              TextField.line(
                  "下属二级单位数",
                  Lens.of(BasicInfo::subordinateUnits, BasicInfo::withSubordinateUnits),
                  FieldNotes.schema("个数，如 3。").init("个数，如 3"))));

  public static final GroupField<Declaration, Budget> BUDGET =
      GroupField.block(
          "预算整体情况",
          Lens.of(Declaration::budget, Declaration::withBudget),
          FieldNotes.schema("四组金额（万元）。基本支出 + 项目支出 = 财政拨款 + 其他资金。").comment("万元"),
          List.of(
              GroupField.amounts(
                  "部门预算支出",
                  TOTAL,
                  FieldNotes.schema("基本支出 + 项目支出 = 部门预算总额。").init("基本支出 + 项目支出 = 部门预算总额"),
                  List.of(
                      amount(
                          "基本支出",
                          Lens.of(Budget::basicExpenditure, Budget::withBasicExpenditure),
                          "人员经费和日常公用经费（万元）。"),
                      amount(
                          "项目支出",
                          Lens.of(Budget::projectExpenditure, Budget::withProjectExpenditure),
                          "为完成特定任务安排的支出（万元）。"))),
              GroupField.amounts(
                  "收入来源",
                  TOTAL,
                  FieldNotes.schema("财政拨款 + 其他资金 = 部门预算总额。").init("财政拨款 + 其他资金 = 部门预算总额"),
                  List.of(
                      amount(
                          "财政拨款",
                          Lens.of(Budget::fiscalAppropriation, Budget::withFiscalAppropriation),
                          "财政拨款收入（万元）。"),
                      amount(
                          "其他资金",
                          Lens.of(Budget::otherFunds, Budget::withOtherFunds),
                          "财政拨款以外的资金（万元）。"))),
              GroupField.amounts(
                  "事业发展性支出",
                  TOTAL,
                  FieldNotes.schema("两项之和不大于项目支出。").init("两项之和不大于项目支出"),
                  List.of(
                      amount(
                          "财政专项资金",
                          Lens.of(Budget::specialFunds, Budget::withSpecialFunds),
                          "财政专项资金（万元）。"),
                      amount(
                          "其他事业发展性支出",
                          Lens.of(
                              Budget::otherDevelopmentExpenditure,
                              Budget::withOtherDevelopmentExpenditure),
                          "其他事业发展性支出（万元）。"))),
              GroupField.amounts(
                  "按预算级次划分",
                  TOTAL,
                  FieldNotes.schema("两项之和等于部门预算总额；不填写时两项都写 ~。").init("两项之和 = 部门预算总额；不填写时都写 ~"),
                  List.of(
                      new AmountField<>(
                          "本级使用资金",
                          Lens.of(Budget::ownLevelFunds, Budget::withOwnLevelFunds),
                          // printed 区本级…, 市本级…, 县本级…: the level word varies by template
                          FieldNotes.schema("区本级或市本级使用的资金（万元）。").printedAs(".{0,3}本级使用资金")),
                      amount(
                          "拟用于对下转移支付资金",
                          Lens.of(Budget::transferFunds, Budget::withTransferFunds),
                          "拟转移支付给下级的资金（万元）。")))));

  public static final TextField<Declaration> OVERALL_GOAL =
      TextField.rich(
          "总体绩效目标",
          Lens.of(Declaration::overallGoal, Declaration::withOverallGoal),
          FieldNotes.schema("写成“目标1：…”“目标2：…”；多行文字用 | 开头，下一行缩进书写。")
              .init("写成“目标1：…”“目标2：…”，多行时用 | 开头"));

  public static final ListField<Declaration, Task> TASKS =
      new ListField<>(
          "年度重点工作任务",
          Lens.of(Declaration::tasks, Declaration::withTasks),
          new ListField.Items<>(
              Task.BLANK,
              List.of(
                  TextField.line(
                      "名称",
                      Lens.of(Task::name, Task::withName),
                      FieldNotes.schema("任务名称。").init("任务名称；每项任务以“- 名称:”开头，可复制多项")),
                  TextField.rich(
                      "主要实施内容",
                      Lens.of(Task::content, Task::withContent),
                      FieldNotes.schema("多行文字用 | 开头。").init("多行时用 | 开头，下一行缩进书写")),
                  new AmountField<>(
                      "拟投入的资金",
                      Lens.of(Task::funds, Task::withFunds),
                      FieldNotes.schema("各任务合计不大于项目支出。")
                          .title("拟投入的资金（万元）")
                          .init("万元，写数字；各任务合计不大于项目支出")),
                  TextField.rich(
                      "期望达到的目标",
                      Lens.of(Task::expectedOutcome, Task::withExpectedOutcome),
                      FieldNotes.schema("多行文字用 | 开头。").title("期望达到的目标（概述）").init("概述"))),
              "名称",
              "序号",
              TOTAL,
              "任务",
              "重点工作任务"),
          FieldNotes.schema("按申报表上的顺序列出，不要排序；每项以“- 名称:”开头。")
              .comment("按申报表上的顺序，不要排序")
              // Forms of other provinces and years print 年度主要任务, 年度工作任务, 部门年度重点工作任务.
              .printedAs("(部门)?年度(重点|主要)?(工作)?任务"));

  public static final TextField<Declaration> OTHER_TASKS =
      TextField.rich(
          "其他需完成的任务",
          Lens.of(Declaration::otherTasks, Declaration::withOtherTasks),
          FieldNotes.schema("可选填；不填写时为 ~。").title("其他需完成的任务（可选填）").comment("可选填"));

  public static final IndicatorTreeField<Declaration> INDICATORS =
      new IndicatorTreeField<>(
          "绩效指标",
          Lens.of(Declaration::indicators, Declaration::withIndicators),
          new IndicatorTreeField.Columns(
              "绩效指标行",
              "名称",
              "一级指标",
              "二级指标",
              "三级指标",
              "指标值",
              "实施周期指标值",
              "年度指标值",
              "一级 › 二级 › 三级",
              new IndicatorTreeField.Explanations(
                  "如 产出指标、效益指标、满意度指标、成本指标；键名是二级指标。",
                  "三级指标的列表；没有时写 []。",
                  "写成 {三级指标: 名称, 指标值: 值}；两列不同时分别写 实施周期指标值 和 年度指标值。",
                  "指标名称。",
                  "两列相同时只写这一项。数量写数字和单位（≥64800件）；比率写百分数（≥95%）；以 > 或 | 开头时要加引号。",
                  "整个实施周期的目标值。",
                  "本年度的目标值。")),
          FieldNotes.schema("一级指标 › 二级指标 › 三级指标列表；没有三级指标的二级写 []。")
              .comment("一级 › 二级 › 三级；没有三级指标的二级写 []"));

  /** The form: every field, in the order the form prints them. */
  public static final FormDescription<Declaration> FORM =
      new FormDescription<>(
          KIND,
          new FormNotes(
              "部门整体预算绩效目标申报表",
              "declgen 的申报表 YAML 格式。键名即申报表上的栏目名称；金额单位为万元；未填写的写 ~（不是 0）。",
              List.of(
                  "部门整体预算绩效目标申报表 — 键名即申报表上的栏目名称，请勿改动。", "金额单位：万元，写数字（如 1999.68）；未填写的写 ~（不是 0）。"),
              List.of(
                  "指标值写法：数量写数字和单位（≥64800件）；比率、满意度写百分数（≥95%）；",
                  "越小越好的指标（响应时间、RTO、成本）用 ≤。写完后运行 declgen check 检查。"),
              "金额（万元）",
              "写数字，如 1999.68（可带千分位逗号，如 1,999.68）；未填写写 ~。"),
          Declaration.BLANK,
          List.of(
              TEMPLATE,
              DEPARTMENT,
              YEAR,
              BASIC_INFO,
              BUDGET,
              OVERALL_GOAL,
              TASKS,
              OTHER_TASKS,
              INDICATORS));

  private DepartmentForm() {}

  private static AmountField<Budget> amount(
      String label, Lens<Budget, Amount> lens, String schema) {
    return new AmountField<>(label, lens, FieldNotes.schema(schema));
  }
}
