package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class LevelBalanceRuleTest {
  @Test
  void reportsLevelTotalDifferingFromBudget() {
    assertThat(run(new LevelBalanceRule(), sampleWith("本级使用资金: 15074.16", "本级使用资金: 15000.00")))
        .containsExactly("20:13 错误 按预算级次划分的合计 15,000.00 万元与部门预算总额 15,074.16 万元不相等");
  }

  @Test
  void blankSkips() {
    assertThat(run(new LevelBalanceRule(), sampleWith("本级使用资金: 15074.16", "本级使用资金: ~"))).isEmpty();
  }
}
