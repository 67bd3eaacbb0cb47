package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;

import java.util.Map;
import org.declgen.testing.Frameworks;
import org.junit.jupiter.api.Test;

class MinIndicatorsRuleTest {
  @Test
  void fewerThanConfigured() {
    assertThat(
            run(
                new MinIndicatorsRule(),
                sample(),
                new CheckConfig(30, Map.of()),
                Frameworks.of("gz-district")))
        .containsExactly("44:1 警告 三级指标只有 25 个，少于要求的 30 个");
  }

  @Test
  void defaultOfThreeIsMet() {
    assertThat(run(new MinIndicatorsRule(), sample())).isEmpty();
  }
}
