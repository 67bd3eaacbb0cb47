package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.declgen.model.Amount;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Sentences;
import org.declgen.model.Task;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class DeclarationDiffTest {
  private final Declaration sample = Samples.nansha();

  private Declaration withTasks(List<Task> tasks) {
    Declaration d = sample;
    return new Declaration(
        d.department(),
        d.year(),
        d.basicInfo(),
        d.budget(),
        d.overallGoal(),
        tasks,
        d.otherTasks(),
        d.indicators());
  }

  @Test
  void renameWithSameContentIsARename() {
    List<Task> tasks = new ArrayList<>(sample.tasks());
    Task t = tasks.get(1);
    tasks.set(1, new Task("任务2: 提升审批效能", t.content(), t.funds(), t.expectedOutcome()));
    List<Change> changes = DeclarationDiff.compare(sample, withTasks(tasks));
    assertThat(changes)
        .containsExactly(
            Change.of(Change.Kind.RENAMED, List.of("年度重点工作任务", t.name()), t.name(), "任务2: 提升审批效能"));
  }

  @Test
  void renameWithOtherContentIsRemoveAndAdd() {
    List<Task> tasks = new ArrayList<>(sample.tasks());
    Task t = tasks.get(1);
    tasks.set(1, new Task("任务2: 提升审批效能", t.content(), Amount.of("1.00"), t.expectedOutcome()));
    assertThat(DeclarationDiff.compare(sample, withTasks(tasks)))
        .extracting(Change::kind)
        .containsExactly(Change.Kind.REMOVED, Change.Kind.ADDED, Change.Kind.CHANGED);
  }

  @Test
  void blankAmountIsNotZeroAndHasNoDelta() {
    Budget b = sample.budget();
    Budget blank =
        new Budget(
            b.basicExpenditure(),
            b.projectExpenditure(),
            b.fiscalAppropriation(),
            Amount.BLANK,
            b.specialFunds(),
            b.otherDevelopmentExpenditure(),
            b.ownLevelFunds(),
            b.transferFunds());
    Declaration d = sample;
    List<Change> changes =
        DeclarationDiff.compare(
            d,
            new Declaration(
                d.department(),
                d.year(),
                d.basicInfo(),
                blank,
                d.overallGoal(),
                d.tasks(),
                d.otherTasks(),
                d.indicators()));
    assertThat(changes)
        .containsExactly(Change.changed(List.of("预算整体情况", "收入来源", "其他资金"), "0.00", "", "", false));
  }

  @Test
  void sameNumberWrittenAlikeIsNoChange() {
    Budget b = sample.budget();
    Budget same =
        new Budget(
            b.basicExpenditure(),
            Amount.of("13074.480"),
            b.fiscalAppropriation(),
            b.otherFunds(),
            b.specialFunds(),
            b.otherDevelopmentExpenditure(),
            b.ownLevelFunds(),
            b.transferFunds());
    Declaration d = sample;
    assertThat(
            DeclarationDiff.compare(
                d,
                new Declaration(
                    d.department(),
                    d.year(),
                    d.basicInfo(),
                    same,
                    d.overallGoal(),
                    d.tasks(),
                    d.otherTasks(),
                    d.indicators())))
        .isEmpty();
  }

  @Test
  void separateColumnsAreComparedOneByOne() {
    Declaration before = indicators(new Indicator("RTO", "≤12小时", "≤12小时"));
    Declaration after = indicators(new Indicator("RTO", "≤12小时", "≤10小时"));
    assertThat(DeclarationDiff.compare(before, after))
        .containsExactly(
            Change.changed(
                List.of("绩效指标", "产出指标", "质量指标", "RTO", "年度指标值"), "≤12小时", "≤10小时", "-2小时", false));
  }

  @Test
  void reorderWithinOneGroupIsAMove() {
    Indicator a = new Indicator("A", "1", "1");
    Indicator b = new Indicator("B", "2", "2");
    Indicator c = new Indicator("C", "3", "3");
    List<Change> changes = DeclarationDiff.compare(indicators(a, b, c), indicators(c, a, b));
    assertThat(changes)
        .containsExactly(
            Change.of(Change.Kind.MOVED, List.of("绩效指标", "产出指标", "质量指标", "C"), "3", "1"));
  }

  @Test
  void longTextsDifferBySentence() {
    Declaration d = sample;
    String goal = d.overallGoal().replace("各项工作取得新成效。", "各项工作取得新成效。新增一句。");
    List<Change> changes =
        DeclarationDiff.compare(
            d,
            new Declaration(
                d.department(),
                d.year(),
                d.basicInfo(),
                d.budget(),
                goal,
                d.tasks(),
                d.otherTasks(),
                d.indicators()));
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> assertThat(c.sentences()).containsExactly(new Change.SentenceEdit(true, "新增一句。")));
  }

  @Test
  void sentencesKeepClosingQuotes() {
    assertThat(Sentences.split("他说：“好。”然后走了；（完）\n下一行"))
        .containsExactly("他说：“好。”", "然后走了；", "（完）", "下一行");
  }

  private Declaration indicators(Indicator... list) {
    Declaration d = sample;
    return new Declaration(
        d.department(),
        d.year(),
        d.basicInfo(),
        d.budget(),
        d.overallGoal(),
        d.tasks(),
        d.otherTasks(),
        List.of(
            new IndicatorCategory(
                "产出指标", List.of(new IndicatorSubcategory("质量指标", List.of(list))))));
  }
}
