package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 finding 7: SnakeYAML's own limits said no position (and English); the limits declgen
 * adds (line length, number of values, errors listed) keep time and memory bounded.
 */
class YamlLimitsTest {
  private static List<Diagnostic> errors(String yaml, Messages messages) {
    return catchThrowableOfType(
            DiagnosticException.class,
            () ->
                new DeclarationReader(messages)
                    .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
        .diagnostics();
  }

  @Test
  void nestingTooDeepIsPlacedAtTheBracketThatGoesTooFar() {
    String yaml = "部门名称: 某局\n年度: " + "[".repeat(31) + "]".repeat(31) + "\n";
    Diagnostic zh = errors(yaml, Messages.chinese()).get(0);
    assertThat(zh.position()).hasToString("x.yaml:2:35");
    assertThat(zh.message()).isEqualTo("这里的列表或花括号嵌套超过 30 层，不像是申报表，未读取");
    assertThat(zh.hint()).isEqualTo("申报表最多嵌套六层；检查这一行的 [ 和 { 是否成对");
    assertThat(errors(yaml, Messages.english()).get(0).message())
        .isEqualTo(
            "lists or braces are nested more than 30 deep here, which is not a declaration; the"
                + " file was not read");
  }

  @Test
  void tooManyAliasesArePlacedAtTheOneTooMany() {
    StringBuilder yaml = new StringBuilder("a: &a [x]\n");
    for (int i = 1; i <= 21; i++) {
      yaml.append("k").append(i).append(": *a\n");
    }
    Diagnostic d = errors(yaml.toString(), Messages.chinese()).get(0);
    assertThat(d.position()).hasToString("x.yaml:22:6");
    assertThat(d.message()).startsWith("文件中的别名（*名称）引用过多（上限 20 个）");
  }

  @Test
  void aLineOfAMegabyteIsRefusedAtItsLimitBeforeParsing() {
    String yaml = "部门名称: " + "长".repeat(1_000_000) + "\n";
    Diagnostic d = errors(yaml, Messages.chinese()).get(0);
    assertThat(d.position()).hasToString("x.yaml:1:200001");
    assertThat(d.code()).isEqualTo("yaml.line-too-long");
    assertThat(d.message()).isEqualTo("这一行超过 200,000 个字符，不像是申报表中的一行，未读取");
  }

  @Test
  void aValueOfTwentyThousandCharactersIsTheLongest() throws DiagnosticException {
    String longest = "长".repeat(ScalarRules.MAX_VALUE - 1) + "𠮷";
    String yaml = "部门名称: 某局\n总体绩效目标: " + longest + "\n";
    assertThat(
            new DeclarationReader(Messages.chinese())
                .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .declaration()
                .overallGoal())
        .isEqualTo(longest);
    Diagnostic d = errors(yaml.replace("𠮷", "𠮷。"), Messages.chinese()).get(0);
    assertThat(d.position()).hasToString("x.yaml:2:9");
    assertThat(d.message()).isEqualTo("「总体绩效目标」超过 20,000 个字符，表上的一格容不下这么多文字，未读取");
  }

  @Test
  void aKeyOfMoreThanAThousandCharactersIsRefused() {
    String yaml = "绩效指标:\n  ? " + "长".repeat(1_001) + "\n  : {}\n";
    Diagnostic d = errors(yaml, Messages.chinese()).get(0);
    assertThat(d.position()).hasToString("x.yaml:2:5");
    assertThat(d.code()).isEqualTo("yaml.key-too-long");
  }

  /** Whatever loads is written back within the line limit: three long values on one line. */
  @Test
  void theLongestValuesAreWrittenBackWithinTheLineLimit() throws DiagnosticException {
    String quoted = "\"" + "\\\"".repeat(ScalarRules.MAX_VALUE / 2) + "\"";
    String yaml =
        "绩效指标:\n  产出指标:\n    数量指标:\n      - {三级指标: "
            + quoted
            + ", 实施周期指标值: "
            + quoted
            + ", 年度指标值: "
            + quoted.replace("\"\"", "\"\\t\"")
            + "}\n";
    String written =
        DeclarationWriter.write(
            new DeclarationReader(Messages.chinese())
                .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .declaration());
    assertThat(written.lines().mapToInt(String::length).max().orElse(0))
        .isBetween(6 * ScalarRules.MAX_VALUE / 2, SourceText.MAX_LINE);
    new DeclarationReader(Messages.chinese())
        .read("w.yaml", written.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aHundredThousandValuesAreTheMost() {
    String yaml = "部门名称: 某局\n年度:\n" + "  - 1\n".repeat(TrackingParser.MAX_NODES);
    Diagnostic d = errors(yaml, Messages.chinese()).get(0);
    assertThat(d.code()).isEqualTo("yaml.too-many-nodes");
    // the root, 部门名称, 某局, 年度 and the list come first
    assertThat(d.position()).hasToString("x.yaml:" + (TrackingParser.MAX_NODES - 2) + ":5");
    assertThat(d.message()).isEqualTo("文件中的值超过 100,000 个，不像是申报表（一份申报表只有几千个值），未读取");
  }

  @Test
  void aHundredErrorsAreListedAndTheRestCounted() {
    StringBuilder yaml = new StringBuilder("部门名称: 某局\n");
    for (int i = 0; i < 150; i++) {
      yaml.append("未知").append(i).append(": x\n");
    }
    List<Diagnostic> errors = errors(yaml.toString(), Messages.chinese());
    assertThat(errors).hasSize(NodeReader.MAX_REPORTED + 1);
    Diagnostic last = errors.get(NodeReader.MAX_REPORTED);
    assertThat(last.message()).isEqualTo("还有 50 处错误未列出");
    assertThat(last.position()).hasToString("x.yaml:102:1");
  }

  @Test
  void aHugeValueIsQuotedShortInItsMessage() {
    Diagnostic d =
        errors("预算整体情况:\n  部门预算支出: {基本支出: 1" + "八".repeat(10_000) + "}\n", Messages.chinese())
            .get(0);
    assertThat(d.message()).hasSizeLessThan(120).contains("…");
  }
}
