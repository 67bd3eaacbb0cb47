package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

/** Some amounts of a group filled and some blank: a warning at each blank one. */
class PartialGroupRuleTest {
  @Test
  void blankBasicExpenditureBesideAProjectExpenditure() {
    assertThat(run(new PartialGroupRule(), sampleWith("基本支出: 1999.68", "基本支出: ~")))
        .containsExactly(
            "11:11 警告 「预算整体情况 › 部门预算支出」中「基本支出」未填写（~），「项目支出」已填写："
                + "审阅用 Markdown 上这一组的合计印成空白，用到「基本支出」的勾稽不做检查");
  }

  @Test
  void eachGroupOnItsOwn() {
    String yaml =
        sampleWith("财政专项资金: 0.00", "财政专项资金: 20000").replace("其他事业发展性支出: 0.00", "其他事业发展性支出: ~");
    assertThat(run(new PartialGroupRule(), yaml))
        .singleElement()
        .asString()
        .startsWith("18:16 警告 「预算整体情况 › 事业发展性支出」中「其他事业发展性支出」未填写（~），「财政专项资金」已填写");
  }

  @Test
  void allFilledOrAllBlankIsFine() {
    assertThat(run(new PartialGroupRule(), sample())).isEmpty();
    String blank =
        sampleWith("财政专项资金: 0.00", "财政专项资金: ~").replace("其他事业发展性支出: 0.00", "其他事业发展性支出: ~");
    assertThat(run(new PartialGroupRule(), blank)).isEmpty();
  }

  @Test
  void tasksAreNotAGroupEvenWithTheSameName() {
    String yaml =
        sampleWith("拟投入的资金: 839.55", "拟投入的资金: ~").replace("任务2: 进一步提升行政审批效能", "任务3: 进一步加强政务服务力度");
    assertThat(run(new PartialGroupRule(), yaml)).isEmpty();
  }
}
