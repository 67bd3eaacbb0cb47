package org.declgen.model;

import java.util.List;

/** The form's own labels, which are also the YAML keys and the names templates use. */
public final class Labels {
  private Labels() {}

  public static final String DEPARTMENT = "部门名称";
  public static final String YEAR = "年度";
  public static final String BASIC_INFO = "基本信息";
  public static final String FUNDED_STAFF = "财政供养人员数";
  public static final String SUBORDINATE_UNITS = "下属二级单位数";

  public static final String BUDGET = "预算整体情况";
  public static final String EXPENDITURE = "部门预算支出";
  public static final String BASIC_EXPENDITURE = "基本支出";
  public static final String PROJECT_EXPENDITURE = "项目支出";
  public static final String INCOME = "收入来源";
  public static final String FISCAL_APPROPRIATION = "财政拨款";
  public static final String OTHER_FUNDS = "其他资金";
  public static final String DEVELOPMENT = "事业发展性支出";
  public static final String SPECIAL_FUNDS = "财政专项资金";
  public static final String OTHER_DEVELOPMENT = "其他事业发展性支出";
  public static final String BY_LEVEL = "按预算级次划分";
  public static final String OWN_LEVEL_FUNDS = "本级使用资金";
  public static final String TRANSFER_FUNDS = "拟用于对下转移支付资金";

  /** Derived, not in the YAML: the sum of a pair. */
  public static final String TOTAL = "合计";

  public static final String OVERALL_GOAL = "总体绩效目标";
  public static final String TASKS = "年度重点工作任务";
  public static final String TASK_NAME = "名称";
  public static final String TASK_CONTENT = "主要实施内容";
  public static final String TASK_FUNDS = "拟投入的资金";
  public static final String TASK_OUTCOME = "期望达到的目标";
  public static final String OTHER_TASKS = "其他需完成的任务";

  public static final String INDICATORS = "绩效指标";
  public static final String INDICATOR_ROWS = "绩效指标行";
  public static final String LEVEL1 = "一级指标";
  public static final String LEVEL2 = "二级指标";
  public static final String LEVEL3 = "三级指标";
  public static final String VALUE = "指标值";
  public static final String PERIOD_VALUE = "实施周期指标值";
  public static final String ANNUAL_VALUE = "年度指标值";

  public static final List<String> ROOT_KEYS =
      List.of(DEPARTMENT, YEAR, BASIC_INFO, BUDGET, OVERALL_GOAL, TASKS, OTHER_TASKS, INDICATORS);
  public static final List<String> TASK_KEYS =
      List.of(TASK_NAME, TASK_CONTENT, TASK_FUNDS, TASK_OUTCOME);
  public static final List<String> INDICATOR_KEYS =
      List.of(LEVEL3, VALUE, PERIOD_VALUE, ANNUAL_VALUE);
}
