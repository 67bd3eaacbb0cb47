package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class LabelRuleTest {
  @Test
  void driftedLabelNamesTheStandardOne() {
    assertThat(run(new LabelRule(), sampleWith("服务对象满意度指标:", "服务对象:")))
        .containsExactly("78:5 警告 「服务对象」不是标准的指标名称，标准名称为「服务对象满意度指标」");
  }

  @Test
  void unknownLabel() {
    assertThat(run(new LabelRule(), sampleWith("生态效益指标: []", "乡村振兴: []")))
        .containsExactly("76:5 警告 「乡村振兴」不在标准指标框架中");
  }

  @Test
  void sampleLabelsAreStandard() {
    assertThat(run(new LabelRule(), sample())).isEmpty();
  }
}
