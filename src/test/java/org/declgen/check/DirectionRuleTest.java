package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class DirectionRuleTest {
  @Test
  void rtoWithLowerBound() {
    assertThat(run(new DirectionRule(), sample()))
        .containsExactly("63:32 警告 「恢复时间目标RTO」越小越好，指标值「>12小时」却是下限（≥、>、不低于）");
  }

  @Test
  void quantityWithUpperBound() {
    assertThat(
            run(
                new DirectionRule(),
                sampleWith("\">12小时\"", "\"≤12小时\"").replace("≥155000件", "≤155000件")))
        .containsExactly("55:28 警告 「公共服务量」越大越好，指标值「≤155000件」却是上限（≤、<、不超过）");
  }
}
