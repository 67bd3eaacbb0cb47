package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorValueTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "≥64800件     | ≥70000件      | +5,200件",
        "≥800RPS      | ≥1000RPS      | +200RPS",
        "≤3S          | ≤2.5S         | -0.5S",
        "≧90%         | ≥95%          | +5个百分点",
        "≥98.5％      | ≥99％         | +0.5个百分点",
        "≥200,000     | ≥210,000      | +10,000",
        "不低于18个    | 不低于20个     | +2个",
        "较法定办理时限压缩90%以上 | 较法定办理时限压缩95%以上 | NONE",
        "90%以上       | 95%以上        | +5个百分点",
        "500次        | 450次         | -50次",
        "≥64800件     | ≤70000件      | NONE",
        "≥64800件     | ≥70000次      | NONE",
        "90%以上       | 95%           | NONE",
        "满意          | 非常满意        | NONE",
        "全区不低于36台 | 全区不低于40台   | NONE"
      })
  void numericChangeOnlyWhenOperatorAndUnitAgree(String before, String after, String delta) {
    assertThat(IndicatorValue.delta(before, after).orElse(null)).isEqualTo(delta);
  }
}
