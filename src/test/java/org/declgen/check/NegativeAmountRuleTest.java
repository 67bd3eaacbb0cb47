package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

/** Issue 12: a negative amount was accepted and printed on the form. */
class NegativeAmountRuleTest {
  @Test
  void negativeAmountsAreErrorsWhereverTheyStand() {
    String yaml =
        sampleWith("财政拨款: 15074.16", "财政拨款: 15439.56")
            .replace("其他资金: 0.00", "其他资金: -365.40")
            .replace("拟投入的资金: 839.55", "拟投入的资金: -2100.00");
    assertThat(run(new NegativeAmountRule(), yaml))
        .containsExactly(
            "15:11 错误 「预算整体情况 › 收入来源 › 其他资金」的金额 -365.40 是负数",
            "28:13 错误 「年度重点工作任务 › 任务3: 进一步加强政务服务力度 › 拟投入的资金」的金额 -2,100.00 是负数");
  }

  @Test
  void aTaskWithoutANameIsNamedByItsPlaceCountedFromOne() {
    String yaml =
        sampleWith("名称: \"任务2: 进一步提升行政审批效能\"", "名称: ~")
            .replace("拟投入的资金: 1223.93", "拟投入的资金: -1223.93");
    assertThat(run(new NegativeAmountRule(), yaml))
        .singleElement()
        .asString()
        .contains("「年度重点工作任务 第2项 › 拟投入的资金」的金额 -1,223.93 是负数");
  }

  @Test
  void zeroAndBlankAreFine() {
    assertThat(run(new NegativeAmountRule(), sample())).isEmpty();
    assertThat(run(new NegativeAmountRule(), sampleWith("其他资金: 0.00", "其他资金: -0.00"))).isEmpty();
    assertThat(run(new NegativeAmountRule(), sampleWith("其他资金: 0.00", "其他资金: ~"))).isEmpty();
  }
}
