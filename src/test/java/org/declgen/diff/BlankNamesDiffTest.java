package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.model.Task;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 finding 3: diff stopped with a NullPointerException (exit 3) on files check accepts: an
 * indicator {@code {三级指标: ~, 指标值: 1份清单}}, a task with {@code 名称: ~}, a task without 名称.
 */
class BlankNamesDiffTest {
  private static final String SAMPLE = Samples.read(Samples.NANSHA);

  private static Declaration load(String yaml) throws DiagnosticException {
    return new DeclarationReader(Messages.chinese())
        .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8))
        .declaration();
  }

  private static String report(Declaration a, Declaration b) {
    return new MarkdownReport(Messages.chinese())
        .write(List.of(new FileDiff("a.yaml", "b.yaml", DeclarationDiff.compare(a, b))));
  }

  @Test
  void anIndicatorWithoutA三级Name() throws DiagnosticException {
    Declaration after =
        load(SAMPLE.replace("- {三级指标: 无人机机库部署数量, 指标值: 全区不低于36台}", "- {三级指标: ~, 指标值: 1份清单}"));
    assertThat(DeclarationDiff.compare(after, after)).isEmpty();
    assertThat(report(Samples.nansha(), after))
        .contains("- 删除 产出指标 › 数量指标 › 无人机机库部署数量：全区不低于36台\n", "- 新增 产出指标 › 数量指标 › （未填名称）：1份清单\n");
    assertThat(
            JsonReport.write(
                List.of(new FileDiff("a", "b", DeclarationDiff.compare(after, Samples.nansha())))))
        .contains("\"path\": [\"绩效指标\", \"产出指标\", \"数量指标\", \"\"]");
  }

  @Test
  void aTaskNamed名称Blank() throws DiagnosticException {
    Declaration after = load(SAMPLE.replace("名称: \"任务3: 进一步加强政务服务力度\"", "名称: ~"));
    assertThat(DeclarationDiff.compare(after, after)).isEmpty();
    assertThat(report(Samples.nansha(), after)).contains("- 任务改名：「任务3: 进一步加强政务服务力度」→「（未填名称）」\n");
  }

  @Test
  void aTaskWithout名称() throws DiagnosticException {
    Declaration after =
        load(SAMPLE.replace("  - 名称: \"任务3: 进一步加强政务服务力度\"\n    主要实施内容", "  - 主要实施内容"));
    assertThat(DeclarationDiff.compare(after, after)).isEmpty();
    assertThat(report(after, Samples.nansha())).contains("- 任务改名：「（未填名称）」→「任务3: 进一步加强政务服务力度」\n");
  }

  @Test
  void severalTasksWithoutNamesAreMatchedInOrder() {
    Declaration sample = Samples.nansha();
    List<Task> unnamed = new ArrayList<>();
    sample.tasks().forEach(t -> unnamed.add(t.withName(null)));
    Declaration before = sample.withTasks(unnamed);
    List<Task> changed = new ArrayList<>(unnamed);
    changed.set(2, changed.get(2).withContent("另写的内容"));
    assertThat(DeclarationDiff.compare(before, sample.withTasks(changed)))
        .extracting(c -> c.kind() + " " + c.path())
        .containsExactly("TEXT [年度重点工作任务, , 主要实施内容]");
    assertThat(report(before, sample.withTasks(changed))).contains("- 「（未填名称）」 › 主要实施内容，改动的句子：\n");
  }
}
