package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class UnitMissingRuleTest {
  @Test
  void bareNumber() {
    assertThat(run(new UnitMissingRule(), sampleWith("≥155000件", "≥155000")))
        .containsExactly("55:28 警告 「公共服务量」的指标值「≥155000」没有单位");
  }

  @Test
  void rateAsFraction() {
    assertThat(run(new UnitMissingRule(), sampleWith("指标值: 满意}", "指标值: 0.95}")))
        .containsExactly("79:28 警告 「用户满意度」是比率类指标，指标值「0.95」没有写 %");
  }

  @Test
  void unitInTheNameIsFine() {
    assertThat(run(new UnitMissingRule(), sample())).isEmpty();
  }
}
