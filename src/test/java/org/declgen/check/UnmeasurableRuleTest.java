package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class UnmeasurableRuleTest {
  @Test
  void bareSatisfied() {
    assertThat(run(new UnmeasurableRule(), sample()))
        .containsExactly("79:28 警告 「用户满意度」的指标值「满意」无法衡量");
  }

  @Test
  void deferredTarget() {
    assertThat(
            run(
                new UnmeasurableRule(),
                sampleWith("满意}", "满意≥90%}").replace("1份清单", "根据下达任务目标要求确定")))
        .containsExactly("61:34 警告 「梳理区部门承接事项情况」的指标值「根据下达任务目标要求确定」没有给出目标");
  }
}
