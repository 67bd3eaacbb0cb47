package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.declgen.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The task block is recognised under the names real forms print it with. */
class TaskLabelsTest {
  @ParameterizedTest
  @ValueSource(strings = {"年度重点工作任务", "年度主要任务", "年度工作任务", "部门年度重点工作任务", "年度重点\n工作任务"})
  void theTaskTableIsReadUnderEachName(String label) throws Exception {
    ImportResult result = importMarkdown(label);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.declaration().tasks()).extracting(Task::name).containsExactly("就业补助");
  }

  @Test
  void anotherTaskLabelIsStillNotGuessed() throws Exception {
    ImportResult result = importMarkdown("其他任务");

    assertThat(result.declaration().tasks()).isEmpty();
    assertThat(result.unmappedCount()).isPositive();
  }

  private static ImportResult importMarkdown(String label) throws Exception {
    String markdown =
        """
        | | | | | |
        |---|---|---|---|---|
        | 部门名称 | 某局 | | | |
        | 总体绩效目标 | 目标 | | | |
        | %s | 名称 | 主要实施内容 | 拟投入的资金（万元） | 期望达到的目标（概述） |
        | | 就业补助 | 发放补贴 | 1,999.68 | 按时发放 |
        | 其他需完成的任务（可选填） | | | | |
        """
            .formatted(label.replace("\n", "<br>"));
    return ImportFixtures.importBytes("form.md", markdown.getBytes(StandardCharsets.UTF_8));
  }
}
