package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

/** Issue 12: one task's funds above the whole 项目支出 (an amount in 元, a slipped decimal point). */
class TaskOverProjectRuleTest {
  @Test
  void namesTheTaskAtItsFunds() {
    assertThat(run(TaskOverProjectRule.INSTANCE, sampleWith("拟投入的资金: 4227.55", "拟投入的资金: 42275.50")))
        .containsExactly("40:13 错误 任务「任务1: 进一步推进“数字城市建设”」拟投入的资金 42,275.50 万元大于全部项目支出 13,074.48 万元");
  }

  @Test
  void withinProjectAndToTheCentAreFine() {
    assertThat(run(TaskOverProjectRule.INSTANCE, sample())).isEmpty();
    assertThat(run(TaskOverProjectRule.INSTANCE, sampleWith("拟投入的资金: 4227.55", "拟投入的资金: 13074.49")))
        .isEmpty();
  }
}
