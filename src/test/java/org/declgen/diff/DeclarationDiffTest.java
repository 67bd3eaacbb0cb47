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

  @Test
  void renameWithSameContentIsARename() {
    List<Task> tasks = new ArrayList<>(sample.tasks());
    Task t = tasks.get(1);
    tasks.set(1, t.withName("任务2: 提升审批效能"));
    List<Change> changes = DeclarationDiff.compare(sample, sample.withTasks(tasks));
    assertThat(changes)
        .containsExactly(
            Change.of(Change.Kind.RENAMED, List.of("年度重点工作任务", t.name()), t.name(), "任务2: 提升审批效能"));
  }

  @Test
  void renameWithOtherContentIsRemoveAndAdd() {
    List<Task> tasks = new ArrayList<>(sample.tasks());
    Task t = tasks.get(1);
    tasks.set(1, t.withName("任务2: 提升审批效能").withFunds(Amount.of("1.00")));
    assertThat(DeclarationDiff.compare(sample, sample.withTasks(tasks)))
        .extracting(Change::kind)
        .containsExactly(Change.Kind.REMOVED, Change.Kind.ADDED, Change.Kind.CHANGED);
  }

  @Test
  void blankAmountIsNotZeroAndHasNoDelta() {
    // The group's 合计 is blank once a part is blank (never counting the blank as 0), so it changes
    // too, as in the review Markdown.
    Budget blank = sample.budget().withOtherFunds(Amount.BLANK);
    List<Change> changes = DeclarationDiff.compare(sample, sample.withBudget(blank));
    assertThat(changes)
        .containsExactly(
            Change.changed(List.of("预算整体情况", "收入来源", "其他资金"), "0.00", "", "", false),
            Change.changed(List.of("预算整体情况", "收入来源", "合计"), "15,074.16", "", "", true));
  }

  @Test
  void sameNumberWrittenAlikeIsNoChange() {
    Budget same = sample.budget().withProjectExpenditure(Amount.of("13074.480"));
    assertThat(DeclarationDiff.compare(sample, sample.withBudget(same))).isEmpty();
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
  void anIndicatorInsertedBeforeOneOfTheSameNameIsOneAddition() {
    Indicator old = new Indicator("服务单位数量", "不低于18个", "不低于18个");
    Indicator inserted = new Indicator("服务单位数量", "不低于20个", "不低于20个");
    Indicator other = new Indicator("RTO", "≤12小时", "≤12小时");
    List<Change> changes =
        DeclarationDiff.compare(indicators(old, other), indicators(inserted, old, other));
    assertThat(changes)
        .containsExactly(
            Change.of(Change.Kind.ADDED, List.of("绩效指标", "产出指标", "质量指标", "服务单位数量"), "", "不低于20个"));
  }

  @Test
  void twoIndicatorsOfTheSameNameSwappedAreAMove() {
    Indicator a = new Indicator("服务单位数量", "不低于18个", "不低于18个");
    Indicator b = new Indicator("服务单位数量", "不低于20个", "不低于20个");
    assertThat(DeclarationDiff.compare(indicators(a, b), indicators(b, a)))
        .extracting(Change::kind)
        .containsExactly(Change.Kind.MOVED);
  }

  @Test
  void aTaskInsertedBeforeOneOfTheSameNameIsOneAddition() {
    List<Task> tasks = new ArrayList<>(sample.tasks());
    Task existing = tasks.get(1);
    tasks.add(1, existing.withContent("新的内容").withFunds(Amount.of("10.00")));
    List<Change> changes = DeclarationDiff.compare(sample, sample.withTasks(tasks));
    assertThat(changes)
        .extracting(c -> c.kind() + " " + c.path())
        .containsExactly(
            "ADDED [年度重点工作任务, " + existing.name() + "]", "CHANGED [年度重点工作任务, 拟投入的资金合计]");
  }

  @Test
  void twoTasksOfTheSameNameSwappedAreAMove() {
    Task first = sample.tasks().get(0);
    Task twin = first.withContent("另一份内容");
    List<Change> changes =
        DeclarationDiff.compare(
            sample.withTasks(List.of(first, twin)), sample.withTasks(List.of(twin, first)));
    assertThat(changes).extracting(Change::kind).containsExactly(Change.Kind.MOVED);
  }

  @Test
  void longTextsDifferBySentence() {
    Declaration d = sample;
    String goal = d.overallGoal().replace("各项工作取得新成效。", "各项工作取得新成效。新增一句。");
    List<Change> changes = DeclarationDiff.compare(d, d.withOverallGoal(goal));
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
    return sample.withIndicators(
        List.of(
            new IndicatorCategory(
                "产出指标", List.of(new IndicatorSubcategory("质量指标", List.of(list))))));
  }
}
