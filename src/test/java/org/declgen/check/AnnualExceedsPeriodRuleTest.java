package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class AnnualExceedsPeriodRuleTest {
  @Test
  void annualAbovePeriod() {
    assertThat(
            run(
                new AnnualExceedsPeriodRule(),
                sampleWith("指标值: ≥155000件}", "实施周期指标值: ≥155000件, 年度指标值: ≥255000件}")))
        .containsExactly("55:49 警告 「公共服务量」的年度指标值「≥255000件」大于实施周期指标值「≥155000件」");
  }

  @Test
  void annualBelowPeriodIsFine() {
    assertThat(
            run(
                new AnnualExceedsPeriodRule(),
                sampleWith("指标值: ≥155000件}", "实施周期指标值: ≥155000件, 年度指标值: ≥55000件}")))
        .isEmpty();
  }
}
