package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;

import org.junit.jupiter.api.Test;

class RequiredPartsRuleTest {
  @Test
  void reportsMissingParts() {
    assertThat(run(new RequiredPartsRule(), "部门名称: 某局\n总体绩效目标: ~\n年度重点工作任务: []\n绩效指标: {}\n"))
        .containsExactly(
            "2:9 错误 「总体绩效目标」未填写，申报表必须填写这一部分",
            "3:11 错误 「年度重点工作任务」未填写，申报表必须填写这一部分",
            "4:7 错误 「绩效指标」未填写，申报表必须填写这一部分");
  }

  @Test
  void sampleIsComplete() {
    assertThat(run(new RequiredPartsRule(), sample())).isEmpty();
  }
}
