package org.declgen.template;

import static org.declgen.model.Labels.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorRow;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;

/**
 * A declaration as templates see it: names are the form's labels, exactly the YAML's keys, so data
 * and templates share one vocabulary. Blank values are empty text, never missing, so a template
 * prints an empty cell where the filer left one.
 */
public final class TemplateView {
  /** The name of a 一级 or 二级 group in {@code 绩效指标}. */
  public static final String GROUP_NAME = "名称";

  /** Position of a task in the list, from 1. */
  public static final String POSITION = "序号";

  private TemplateView() {}

  public static Map<String, Object> of(Declaration d) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(DEPARTMENT, text(d.department()));
    root.put(YEAR, text(d.year()));
    root.put(
        BASIC_INFO,
        Map.of(
            FUNDED_STAFF, text(d.basicInfo().fundedStaff()),
            SUBORDINATE_UNITS, text(d.basicInfo().subordinateUnits())));
    root.put(BUDGET, budget(d.budget()));
    root.put(OVERALL_GOAL, new RichTextModel(d.overallGoal()));
    root.put(TASKS, tasks(d.tasks()));
    root.put(OTHER_TASKS, new RichTextModel(d.otherTasks()));
    root.put(INDICATORS, indicatorTree(d.indicators()));
    root.put(INDICATOR_ROWS, indicatorRows(d.indicatorRows()));
    return root;
  }

  /**
   * A declaration with one of everything (a task, a 一级 with a 二级 with a 三级), whose view shows every
   * name a template can use.
   */
  static Declaration prototype() {
    Amount one = Amount.of("1");
    return new Declaration(
        "x",
        "x",
        new BasicInfo("x", "x"),
        new Budget(one, one, one, one, one, one, one, one),
        "x",
        List.of(new Task("x", "x", one, "x")),
        "x",
        List.of(
            new IndicatorCategory(
                "x",
                List.of(new IndicatorSubcategory("x", List.of(new Indicator("x", "x", "x")))))));
  }

  private static Map<String, Object> budget(Budget b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        EXPENDITURE,
        pair(
            BASIC_EXPENDITURE,
            b.basicExpenditure(),
            PROJECT_EXPENDITURE,
            b.projectExpenditure(),
            b.expenditureTotal()));
    m.put(
        INCOME,
        pair(
            FISCAL_APPROPRIATION,
            b.fiscalAppropriation(),
            OTHER_FUNDS,
            b.otherFunds(),
            b.incomeTotal()));
    m.put(
        DEVELOPMENT,
        pair(
            SPECIAL_FUNDS,
            b.specialFunds(),
            OTHER_DEVELOPMENT,
            b.otherDevelopmentExpenditure(),
            b.developmentTotal()));
    m.put(
        BY_LEVEL,
        pair(
            OWN_LEVEL_FUNDS, b.ownLevelFunds(), TRANSFER_FUNDS, b.transferFunds(), b.levelTotal()));
    return m;
  }

  private static Map<String, Object> pair(
      String k1, Amount a1, String k2, Amount a2, Amount total) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, new AmountModel(a1));
    m.put(k2, new AmountModel(a2));
    m.put(TOTAL, new AmountModel(total));
    return m;
  }

  private static List<Object> tasks(List<Task> tasks) {
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(POSITION, i + 1);
      m.put(TASK_NAME, text(t.name()));
      m.put(TASK_CONTENT, new RichTextModel(t.content()));
      m.put(TASK_FUNDS, new AmountModel(t.funds()));
      m.put(TASK_OUTCOME, new RichTextModel(t.expectedOutcome()));
      list.add(m);
    }
    return list;
  }

  private static List<Object> indicatorTree(List<IndicatorCategory> categories) {
    List<Object> list = new ArrayList<>();
    for (IndicatorCategory c : categories) {
      List<Object> subs = new ArrayList<>();
      for (IndicatorSubcategory s : c.subcategories()) {
        List<Object> indicators = new ArrayList<>();
        for (Indicator i : s.indicators()) {
          indicators.add(indicator(i));
        }
        subs.add(Map.of(GROUP_NAME, s.label(), LEVEL3, indicators));
      }
      list.add(Map.of(GROUP_NAME, c.label(), LEVEL2, subs));
    }
    return list;
  }

  private static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(LEVEL3, text(i.name()));
    m.put(PERIOD_VALUE, text(i.periodValue()));
    m.put(ANNUAL_VALUE, text(i.annualValue()));
    m.put(VALUE, text(i.annualValue()));
    return m;
  }

  private static List<Object> indicatorRows(List<IndicatorRow> rows) {
    List<Object> list = new ArrayList<>();
    for (IndicatorRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(LEVEL1, r.category().label());
      m.put(LEVEL2, r.subcategory().label());
      Indicator i = r.indicator().orElse(new Indicator(null, null, null));
      m.putAll(indicator(i));
      list.add(m);
    }
    return list;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
