package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class AmountBalanceRuleTest {
  @Test
  void reportsUnbalancedBudget() {
    assertThat(run(new AmountBalanceRule(), sampleWith("财政拨款: 15074.16", "财政拨款: 15074.18")))
        .containsExactly(
            "14:11 错误 部门预算支出合计 15,074.16 万元与收入来源合计 15,074.18 万元不相等（基本支出 + 项目支出 应等于 财政拨款 + 其他资金）");
  }

  @Test
  void toleratesOneCent() {
    assertThat(run(new AmountBalanceRule(), sampleWith("财政拨款: 15074.16", "财政拨款: 15074.17")))
        .isEmpty();
  }

  @Test
  void blankSkips() {
    assertThat(run(new AmountBalanceRule(), sampleWith("其他资金: 0.00", "其他资金: ~"))).isEmpty();
  }

  @Test
  void sampleBalances() {
    assertThat(run(new AmountBalanceRule(), sample())).isEmpty();
  }
}
