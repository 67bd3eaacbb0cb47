package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class RateMismatchRuleTest {
  @Test
  void valueNamesAnotherRate() {
    assertThat(run(new RateMismatchRule(), sample()))
        .containsExactly("68:37 警告 「行政审批和公共服务事项网办率」的指标值「按时办结率99%」说的是另一项比率「按时办结率」");
  }

  @Test
  void ownRateIsFine() {
    assertThat(run(new RateMismatchRule(), sampleWith("按时办结率99%", "网办率≥99%"))).isEmpty();
  }
}
