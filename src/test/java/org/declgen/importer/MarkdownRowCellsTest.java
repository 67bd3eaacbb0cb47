package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.declgen.diag.Diagnostic;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/**
 * A Markdown row with fewer cells than its table's header is aligned when what it lacks are the
 * empty cells that continue merged cells above, and refused when which cell is missing cannot be
 * told; a row without its leading pipe goes on with the table.
 */
class MarkdownRowCellsTest {
  private static final String HEAD =
      """
      | | | | | |
      |---|---|---|---|---|
      | 部门名称 | 某局 | | | |
      | 总体绩效目标 | 目标 | | | |
      | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
      | | 产出指标 | 数量指标 | 甲 | 1 |
      """;

  @Test
  void rowsLackingTheirLeadingContinuationCellsAreAligned() throws Exception {
    ImportResult result =
        importMarkdown(
            HEAD
                + """
                产出指标 | 数量指标 | 乙 | 2 |
                | 产出指标 | 质量指标 | 丙 | 3 |
                | | | | 丁 | 4 |
                | | | 戊 | 5 |
                """);

    assertThat(DeclarationWriter.write(result.declaration()))
        .endsWith(
            """
            绩效指标:  # 一级 › 二级 › 三级；没有三级指标的二级写 []
              产出指标:
                数量指标:
                  - {三级指标: 甲, 指标值: 1}
                  - {三级指标: 乙, 指标值: 2}
                质量指标:
                  - {三级指标: 丙, 指标值: 3}
                  - {三级指标: 丁, 指标值: 4}
                  - {三级指标: 戊, 指标值: 5}
            """);
    assertThat(result.unmappedCount()).isZero();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "第 7 行：这一行缺了行首续上面合并单元格的空格，已在行首补齐，「产出指标」起的各格与上一行对齐",
            "第 8 行：这一行缺了行首续上面合并单元格的空格，已在行首补齐，「产出指标」起的各格与上一行对齐",
            "第 10 行：这一行缺了行首续上面合并单元格的空格，已在行首补齐，「戊」起的各格与上一行对齐");
  }

  /** 戊 may lack its value (the row ends early) or a cell at its start: it is not guessed. */
  @Test
  void aRowWhoseMissingCellCannotBeToldIsRefusedWithItsLine() throws Exception {
    Diagnostic d =
        ImportFixtures.refusal(
            "form.md", (HEAD + "| | | | 戊 |\n").getBytes(StandardCharsets.UTF_8));

    assertThat(d.message())
        .isEqualTo("第 7 行：这一行有 4 格，比表格的表头（5 格）少；缺的不是行首续上面合并单元格的空格，无法确定缺的是哪一格，拒绝导入");
  }

  private static ImportResult importMarkdown(String markdown) throws Exception {
    return ImportFixtures.importBytes("form.md", markdown.getBytes(StandardCharsets.UTF_8));
  }
}
