package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;

import org.junit.jupiter.api.Test;

class MisplacedRuleTest {
  @Test
  void rpoUnderSocialBenefit() {
    assertThat(run(new MisplacedRule(), sample()))
        .containsExactly("75:9 警告 「恢复点目标RPO」是系统技术性能指标，不宜列在「社会效益指标」下");
  }
}
