package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class FrameworkRuleTest {
  @Test
  void reportsMissingLevel2() {
    assertThat(run(new FrameworkRule(), sampleWith("    生态效益指标: []\n", "")))
        .containsExactly("70:3 警告 「效益指标」下缺少二级指标「生态效益指标」（gz-district 模板的标准框架）");
  }

  @Test
  void reportsMissingLevel1() {
    assertThat(
            run(
                new FrameworkRule(),
                sampleWith("  成本指标:\n    经济成本指标: []\n    社会成本指标: []\n    生态环境成本指标: []\n", "")))
        .containsExactly("44:1 警告 缺少一级指标「成本指标」（gz-district 模板的标准框架）");
  }

  @Test
  void sampleFollowsGzDistrict() {
    assertThat(run(new FrameworkRule(), sample())).isEmpty();
  }
}
