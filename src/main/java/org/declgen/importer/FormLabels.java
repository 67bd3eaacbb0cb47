package org.declgen.importer;

import static org.declgen.model.Labels.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The printed labels the recogniser knows, compared as {@link CellText#label} forms. */
final class FormLabels {
  /** A row's first-column label: which block of the form the row belongs to. */
  enum Section {
    TITLE,
    DEPARTMENT,
    BASIC_INFO,
    BUDGET,
    OVERALL_GOAL,
    TASKS,
    OTHER_TASKS,
    INDICATORS
  }

  static final String AMOUNT_HEADER = "预算金额";
  static final Set<String> BUDGET_GROUPS = Set.of(EXPENDITURE, INCOME, DEVELOPMENT, BY_LEVEL);

  /** 区本级使用资金, 市本级使用资金, 县本级…: the level word varies by template. */
  private static final Pattern OWN_LEVEL = Pattern.compile(".{0,3}本级使用资金");

  private static final Pattern TITLE = Pattern.compile(".*部门整体(预算|支出)?绩效目标(申报)?表");
  private static final Pattern YEAR_IN_TITLE =
      Pattern.compile("^\\s*(.+?)\\s*年度?\\s*(?:[市区县省]级)?\\s*部门整体.*$", Pattern.DOTALL);
  private static final Pattern YEAR_SUBTITLE =
      Pattern.compile("^\\s*[（(]\\s*(.+?)\\s*年度\\s*[)）]\\s*$", Pattern.DOTALL);

  /** 一级 labels of the known framework versions (§2.1 of the domain notes). */
  static final List<String> LEVEL1_KNOWN = List.of("产出指标", "效益指标", "满意度指标", "成本指标");

  /** 二级 labels of the known framework versions. */
  static final List<String> LEVEL2_KNOWN =
      List.of(
          "数量指标",
          "质量指标",
          "时效指标",
          "成本指标",
          "经济效益指标",
          "社会效益指标",
          "生态效益指标",
          "环境效益指标",
          "可持续影响指标",
          "服务对象满意度指标",
          "社会公众或服务对象满意度指标",
          "经济成本指标",
          "社会成本指标",
          "生态环境成本指标");

  private FormLabels() {}

  static Optional<Section> section(String text) {
    String l = CellText.bareLabel(text);
    if (TITLE.matcher(CellText.label(text)).matches()) {
      return Optional.of(Section.TITLE);
    }
    return Optional.ofNullable(
        switch (l) {
          case DEPARTMENT -> Section.DEPARTMENT;
          case BASIC_INFO -> Section.BASIC_INFO;
          case BUDGET -> Section.BUDGET;
          case OVERALL_GOAL -> Section.OVERALL_GOAL;
          case TASKS -> Section.TASKS;
          case OTHER_TASKS -> Section.OTHER_TASKS;
          case INDICATORS -> Section.INDICATORS;
          default -> null;
        });
  }

  static boolean isTitle(String text) {
    return TITLE.matcher(CellText.label(text)).matches();
  }

  static boolean isYearSubtitle(String text) {
    return YEAR_SUBTITLE.matcher(text).matches();
  }

  /** The year a title or a （2024年度） subtitle states, verbatim; empty when none. */
  static Optional<String> year(String text) {
    for (Pattern p : List.of(YEAR_SUBTITLE, YEAR_IN_TITLE)) {
      Matcher m = p.matcher(text);
      if (m.matches() && (p == YEAR_SUBTITLE || isTitle(text))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** The budget amount a label names, as its key in the model; empty when it names none. */
  static Optional<String> budgetAmount(String text) {
    String l = CellText.bareLabel(text);
    if (OWN_LEVEL.matcher(l).matches()) {
      return Optional.of(OWN_LEVEL_FUNDS);
    }
    return List.of(
            BASIC_EXPENDITURE,
            PROJECT_EXPENDITURE,
            FISCAL_APPROPRIATION,
            OTHER_FUNDS,
            SPECIAL_FUNDS,
            OTHER_DEVELOPMENT,
            TRANSFER_FUNDS)
        .stream()
        .filter(l::equals)
        .findFirst();
  }

  static boolean isBudgetHeader(String text) {
    String l = CellText.bareLabel(text);
    return BUDGET_GROUPS.contains(l) || l.equals(AMOUNT_HEADER);
  }

  static boolean is(String text, String label) {
    return CellText.bareLabel(text).equals(label);
  }

  static boolean isLevel1(String text) {
    return LEVEL1_KNOWN.contains(CellText.label(text));
  }

  static boolean isLevel2Only(String text) {
    String l = CellText.label(text);
    return LEVEL2_KNOWN.contains(l) && !LEVEL1_KNOWN.contains(l);
  }
}
