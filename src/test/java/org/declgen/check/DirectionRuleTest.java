package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionRuleTest {
  @Test
  void rtoWithLowerBound() {
    assertThat(run(new DirectionRule(), sample()))
        .containsExactly("63:32 警告 「恢复时间目标RTO」越小越好，指标值「>12小时」却是下限（≥、>、不低于）");
  }

  @Test
  void quantityWithUpperBound() {
    assertThat(
            run(
                new DirectionRule(),
                sampleWith("\">12小时\"", "\"≤12小时\"").replace("≥155000件", "≤155000件")))
        .containsExactly("55:28 警告 「公共服务量」越大越好，指标值「≤155000件」却是上限（≤、<、不超过）");
  }

  /** The word a rate's name ends in decides, whatever stands before it (投诉, 故障, 成本 …). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "投诉处理及时率",
        "投诉办结率",
        "投诉人满意度",
        "投诉回复率（%）",
        "故障处理完成率",
        "成本核算合格率",
        "响应时间达标率",
        "投诉事项覆盖率"
      })
  void aRateWhereMoreIsBetterTakesAtLeastWhateverItIsOf(String name) {
    String yaml = sampleWith("{三级指标: 服务单位数量, 指标值: 不低于18个}", "{三级指标: " + name + ", 指标值: ≥98%}");
    assertThat(run(new DirectionRule(), yaml)).hasSize(1).allMatch(f -> f.contains("恢复时间目标RTO"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"投诉处理及时率", "投诉人满意度", "故障处理完成率"})
  void aRateWhereMoreIsBetterWithAnUpperBoundIsReported(String name) {
    String yaml = sampleWith("{三级指标: 服务单位数量, 指标值: 不低于18个}", "{三级指标: " + name + ", 指标值: ≤98%}");
    assertThat(run(new DirectionRule(), yaml))
        .contains(
            "50:" + (16 + name.length() + 7) + " 警告 「" + name + "」越大越好，指标值「≤98%」却是上限（≤、<、不超过）");
  }

  @ParameterizedTest
  @ValueSource(strings = {"投诉率", "系统故障率", "产品不合格率", "投诉量", "投诉件数"})
  void complaintsAndFailuresStillTakeAtMost(String name) {
    String yaml = sampleWith("{三级指标: 服务单位数量, 指标值: 不低于18个}", "{三级指标: " + name + ", 指标值: ≥2%}");
    assertThat(run(new DirectionRule(), yaml))
        .contains(
            "50:" + (16 + name.length() + 7) + " 警告 「" + name + "」越小越好，指标值「≥2%」却是下限（≥、>、不低于）");
  }
}
