package org.declgen.diff;

import static org.declgen.model.Labels.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;

/**
 * Compares two declarations and lists the changes in the order the form prints them: 部门名称, 年度,
 * 基本信息, 预算整体情况, 总体绩效目标, 年度重点工作任务, 其他需完成的任务, 绩效指标.
 */
public final class DeclarationDiff {
  private DeclarationDiff() {}

  public static List<Change> compare(Declaration before, Declaration after) {
    List<Change> changes = new ArrayList<>();
    scalar(changes, List.of(DEPARTMENT), before.department(), after.department());
    scalar(changes, List.of(YEAR), before.year(), after.year());
    basicInfo(changes, before.basicInfo(), after.basicInfo());
    budget(changes, before.budget(), after.budget());
    text(changes, List.of(OVERALL_GOAL), before.overallGoal(), after.overallGoal());
    changes.addAll(TaskDiff.compare(before.tasks(), after.tasks()));
    text(changes, List.of(OTHER_TASKS), before.otherTasks(), after.otherTasks());
    changes.addAll(IndicatorDiff.compare(before.indicators(), after.indicators()));
    return changes;
  }

  private static void basicInfo(List<Change> changes, BasicInfo a, BasicInfo b) {
    scalar(changes, List.of(BASIC_INFO, FUNDED_STAFF), a.fundedStaff(), b.fundedStaff());
    scalar(
        changes,
        List.of(BASIC_INFO, SUBORDINATE_UNITS),
        a.subordinateUnits(),
        b.subordinateUnits());
  }

  private static void budget(List<Change> changes, Budget a, Budget b) {
    pair(
        changes,
        EXPENDITURE,
        BASIC_EXPENDITURE,
        a.basicExpenditure(),
        b.basicExpenditure(),
        PROJECT_EXPENDITURE,
        a.projectExpenditure(),
        b.projectExpenditure(),
        a.expenditureTotal(),
        b.expenditureTotal());
    pair(
        changes,
        INCOME,
        FISCAL_APPROPRIATION,
        a.fiscalAppropriation(),
        b.fiscalAppropriation(),
        OTHER_FUNDS,
        a.otherFunds(),
        b.otherFunds(),
        a.incomeTotal(),
        b.incomeTotal());
    pair(
        changes,
        DEVELOPMENT,
        SPECIAL_FUNDS,
        a.specialFunds(),
        b.specialFunds(),
        OTHER_DEVELOPMENT,
        a.otherDevelopmentExpenditure(),
        b.otherDevelopmentExpenditure(),
        a.developmentTotal(),
        b.developmentTotal());
    pair(
        changes,
        BY_LEVEL,
        OWN_LEVEL_FUNDS,
        a.ownLevelFunds(),
        b.ownLevelFunds(),
        TRANSFER_FUNDS,
        a.transferFunds(),
        b.transferFunds(),
        a.levelTotal(),
        b.levelTotal());
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private static void pair(
      List<Change> changes,
      String group,
      String k1,
      Amount a1,
      Amount b1,
      String k2,
      Amount a2,
      Amount b2,
      Amount totalA,
      Amount totalB) {
    amount(changes, List.of(BUDGET, group, k1), a1, b1, false);
    amount(changes, List.of(BUDGET, group, k2), a2, b2, false);
    amount(changes, List.of(BUDGET, group, TOTAL), totalA, totalB, true);
  }

  /** An amount change with its delta; a value equal in number (1.0 vs 1.00) is no change. */
  static void amount(List<Change> changes, List<String> path, Amount a, Amount b, boolean derived) {
    if (sameAmount(a, b)) {
      return;
    }
    changes.add(
        Change.changed(
            path, Deltas.amount(a), Deltas.amount(b), Deltas.amountDelta(a, b), derived));
  }

  static boolean sameAmount(Amount a, Amount b) {
    if (a.isBlank() || b.isBlank()) {
      return a.isBlank() == b.isBlank();
    }
    return a.value().compareTo(b.value()) == 0 && Deltas.amount(a).equals(Deltas.amount(b));
  }

  static void scalar(List<Change> changes, List<String> path, String a, String b) {
    if (!Objects.equals(a, b)) {
      changes.add(Change.changed(path, a, b, "", false));
    }
  }

  static void text(List<Change> changes, List<String> path, String a, String b) {
    if (!Objects.equals(a, b)) {
      changes.add(new Change(Change.Kind.TEXT, path, a, b, "", false, SentenceDiff.edits(a, b)));
    }
  }
}
