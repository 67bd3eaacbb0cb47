package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.junit.jupiter.api.Test;

/** What the YAML fuzz campaign found in {@code fmt}, each kept as it was found. */
class FormatFoundByFuzzingTest {
  private static final FormFormatter<Declaration> FMT =
      FormFormatter.declarations(Messages.chinese());

  private static String format(String text) throws DiagnosticException {
    return new String(
        FMT.format("x.yaml", text.getBytes(StandardCharsets.UTF_8), "s.json").bytes(),
        StandardCharsets.UTF_8);
  }

  /**
   * The header's comment line stood above 部门名称, which is not the first key of the file: the first
   * format wrote it twice (the header's, then the clerk's above the key, now the first), the second
   * format dropped the repeat.
   */
  @Test
  void aHeaderLineAboveAKeyThatBecomesTheFirstIsWrittenOnce() throws DiagnosticException {
    String once =
        format(
            """
            年度: ~
            # 金额单位：万元，写数字（如 1999.68）；未填写的写 ~（不是 0）。
            部门名称: 某局
            """);
    assertThat(once).containsOnlyOnce("# 金额单位：万元");
    assertThat(format(once)).isEqualTo(once);
  }

  /**
   * An anchor on the whole file followed by a comment ({@code &a # …} on the first line) loads, but
   * SnakeYAML's comment events fail on it: fmt ended in an internal error (exit 3). It now refuses
   * the file, where the parser stopped, and leaves it as it is.
   */
  @Test
  void anAnchorFollowedByACommentIsRefusedNotACrash() {
    assertThatThrownBy(() -> format("&a # 部门整体预算绩效目标申报表\n年度: ~\n部门名称: 某局\n"))
        .isInstanceOfSatisfying(
            DiagnosticException.class,
            e -> {
              assertThat(e.diagnostics()).singleElement();
              assertThat(e.diagnostics().get(0).code()).isEqualTo("yaml.fmt.comments");
              assertThat(e.diagnostics().get(0).message()).contains("文件未改动");
              assertThat(e.diagnostics().get(0).position().line()).isPositive();
            });
  }
}
