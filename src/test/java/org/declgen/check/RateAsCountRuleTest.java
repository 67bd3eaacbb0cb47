package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class RateAsCountRuleTest {
  @Test
  void caseCompletionRateGivenACount() {
    assertThat(run(new RateAsCountRule(), sample()))
        .containsExactly("59:28 警告 「案件完成率」是比率类指标，指标值「260宗」却是数量（单位“宗”）");
  }

  @Test
  void percentIsFine() {
    assertThat(run(new RateAsCountRule(), sampleWith("指标值: 260宗", "指标值: ≥95%"))).isEmpty();
  }
}
