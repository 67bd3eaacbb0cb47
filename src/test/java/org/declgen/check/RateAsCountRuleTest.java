package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateAsCountRuleTest {
  @Test
  void caseCompletionRateGivenACount() {
    assertThat(run(new RateAsCountRule(), sample()))
        .containsExactly("59:28 警告 「案件完成率」是比率类指标，指标值「260宗」却是数量（单位“宗”）");
  }

  @Test
  void percentIsFine() {
    assertThat(run(new RateAsCountRule(), sampleWith("指标值: 260宗", "指标值: ≥95%"))).isEmpty();
  }

  /** A value per a power of ten of a population, or per mille, is a rate, not a count. */
  @ParameterizedTest
  @ValueSource(
      strings = {"≤10/10万", "≤10/10万人", "≤5件/万人", "≥6张/千人", "≥30名/百户", "≤3‰", "≤0.5‱", "≤10 / 10万"})
  void aValuePerPopulationIsARate(String value) {
    String yaml = sampleWith("指标值: 260宗", "指标值: \"" + value + "\"");
    assertThat(run(new RateAsCountRule(), yaml)).isEmpty();
  }

  @Test
  void aValuePerKilogramIsStillACount() {
    assertThat(run(new RateAsCountRule(), sampleWith("指标值: 260宗", "指标值: ≤5元/千克")))
        .containsExactly("59:28 警告 「案件完成率」是比率类指标，指标值「≤5元/千克」却是数量（单位“元/千克”）");
  }
}
