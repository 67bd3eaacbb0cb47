package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

/** Two tasks, or two 三级 of one 二级, with one name: a warning at the second, naming the first. */
class DuplicateNameRuleTest {
  @Test
  void twoTasksWithOneName() {
    String yaml = sampleWith("名称: \"任务1: 进一步推进“数字城市建设”\"", "名称: \"任务3: 进一步加强政务服务力度\"");
    assertThat(run(new DuplicateNameRule(), yaml))
        .containsExactly("37:9 警告 年度重点工作任务「任务3: 进一步加强政务服务力度」与第 25 行的任务同名");
  }

  @Test
  void namesThatDifferOnlyInWidthOrSpacesAreTheSame() {
    String yaml = sampleWith("名称: \"任务1: 进一步推进“数字城市建设”\"", "名称: \"任务３：进一步加强政务服务力度 \"");
    assertThat(run(new DuplicateNameRule(), yaml))
        .containsExactly("37:9 警告 年度重点工作任务「任务３：进一步加强政务服务力度 」与第 25 行的任务同名");
  }

  @Test
  void twoIndicatorsWithOneNameUnderOne二级() {
    String yaml = sampleWith("{三级指标: 服务单位数量,", "{三级指标: 无人机机库部署数量,");
    assertThat(run(new DuplicateNameRule(), yaml))
        .containsExactly("50:16 警告 「数量指标」下有两个三级指标都叫「无人机机库部署数量」（第 47 行和这一行）");
  }

  @Test
  void oneNameUnderTwo二级IsNoDuplicate() {
    String yaml = sampleWith("{三级指标: 系统平均响应时间,", "{三级指标: 无人机机库部署数量,");
    assertThat(run(new DuplicateNameRule(), yaml)).isEmpty();
  }

  @Test
  void unnamedRowsAreLeftToTheirOwnRule() {
    String yaml = sampleWith("{三级指标: 服务单位数量,", "{三级指标: ~,").replace("{三级指标: 环境巡查次数,", "{三级指标: ~,");
    assertThat(run(new DuplicateNameRule(), yaml)).isEmpty();
  }

  @Test
  void theSampleHasNone() {
    assertThat(run(new DuplicateNameRule(), sample())).isEmpty();
  }
}
