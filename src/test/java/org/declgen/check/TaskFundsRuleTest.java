package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class TaskFundsRuleTest {
  @Test
  void reportsTasksAboveProject() {
    assertThat(run(new TaskFundsRule(), sampleWith("拟投入的资金: 4227.55", "拟投入的资金: 14227.55")))
        .containsExactly("25:3 错误 年度重点工作任务拟投入的资金合计 16291.03 万元超过了项目支出 13074.48 万元");
  }

  @Test
  void subsetIsFine() {
    assertThat(run(new TaskFundsRule(), sample())).isEmpty();
  }
}
