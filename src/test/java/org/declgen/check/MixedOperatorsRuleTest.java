package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class MixedOperatorsRuleTest {
  @Test
  void oddGlyphInAFormUsingTheUsualOne() {
    assertThat(run(new MixedOperatorsRule(), sampleWith("≥800RPS", "≧800RPS")))
        .containsExactly("65:28 警告 「系统吞吐量」的指标值「≧800RPS」用了「≧」，表中其他地方用的是「≥」");
  }

  @Test
  void sampleIsConsistent() {
    assertThat(run(new MixedOperatorsRule(), sample())).isEmpty();
  }
}
