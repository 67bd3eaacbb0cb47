package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import java.util.Map;
import java.util.Optional;
import org.declgen.testing.Frameworks;
import org.junit.jupiter.api.Test;

class TaskFundsRuleTest {
  @Test
  void reportsTasksAboveProject() {
    assertThat(run(new TaskFundsRule(), sampleWith("拟投入的资金: 4227.55", "拟投入的资金: 12000.00")))
        .containsExactly("25:3 错误 年度重点工作任务拟投入的资金合计 14,063.48 万元超过了项目支出 13,074.48 万元");
  }

  @Test
  void subsetIsFine() {
    assertThat(run(new TaskFundsRule(), sample())).isEmpty();
  }

  /** One task above 项目支出 is named by amount.task-over-project; the sum is not said again. */
  @Test
  void oneTaskAboveProjectIsLeftToTheTaskRule() {
    String yaml = sampleWith("拟投入的资金: 4227.55", "拟投入的资金: 14227.55");
    assertThat(run(new TaskFundsRule(), yaml)).isEmpty();
    CheckConfig taskRuleOff =
        new CheckConfig(3, Map.of("amount.task-over-project", Optional.empty()));
    assertThat(run(new TaskFundsRule(), yaml, taskRuleOff, Frameworks.of("gz-district")))
        .containsExactly("25:3 错误 年度重点工作任务拟投入的资金合计 16,291.03 万元超过了项目支出 13,074.48 万元");
  }
}
