package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class DevelopmentFundsRuleTest {
  @Test
  void reportsDevelopmentAboveProject() {
    assertThat(run(new DevelopmentFundsRule(), sampleWith("财政专项资金: 0.00", "财政专项资金: 14000.00")))
        .containsExactly("17:13 错误 事业发展性支出合计 14,000.00 万元超过了项目支出 13,074.48 万元");
  }

  @Test
  void equalIsFine() {
    assertThat(run(new DevelopmentFundsRule(), sampleWith("财政专项资金: 0.00", "财政专项资金: 13074.48")))
        .isEmpty();
  }
}
