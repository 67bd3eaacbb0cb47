package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 finding 7: every way YAML can fail gets a positioned message in the user's language,
 * never SnakeYAML's English. One input per problem SnakeYAML's scanner, parser and composer report.
 */
class YamlProblemsTest {
  private static final String SNAKEYAML_WORDS =
      "(?i)expected|found|allowed|while|scanning|parsing|exceed|nesting|alias|document|directive"
          + "|character|escape|token|indicator|mapping|sequence";

  private static Diagnostic error(String yaml, Messages messages) {
    return catchThrowableOfType(
            DiagnosticException.class,
            () ->
                new DeclarationReader(messages)
                    .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
        .diagnostics()
        .get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      tab                  | `部门名称: a\\n\\t年度: b`          | 2:1  | Tab
      colon                | 部门名称: a: b                      | 1:8  | 键: 值
      missing colon        | `部门名称: a\\nb\\n年度: c`         | 2:2  | 缺少英文冒号
      unclosed quote       | `部门名称: "a\\n`                   | 2:1  | 闭合之前
      flow mapping         | `部门名称: {a: b`                   | 1:12 | 花括号
      flow sequence        | `部门名称: [a, b\\n`                | 2:1  | 方括号
      undefined alias      | 部门名称: *x                        | 1:7  | 未定义的别名
      unknown escape       | 部门名称: "\\q"                      | 1:9  | 无法识别的转义
      escape digits        | 部门名称: "\\xZZ"                    | 1:10 | 十六进制
      escape range         | 部门名称: "\\U80000000"              | 1:8  | Unicode 的范围
      dash                 | 部门名称: - a                        | 1:7  | 列表项
      question             | 部门名称: ? a                        | 1:7  | “? ”
      no value             | `部门名称: {a: b, - c}`              | 1:14 | 缺少值
      block indicator      | `部门名称: |x`                       | 1:8  | 以 > 或 | 开头
      indentation 0        | `部门名称: |0\\n  a`                 | 1:8  | 以 > 或 | 开头
      token                | 部门名称: @x                        | 1:7  | 开头
      block end            | `- a\\nb: c`                        | 2:1  | 缩进
      extra bracket        | 部门名称: [a]]                       | 1:10 | 右括号
      other closer         | `部门名称: {a: b]`                   | 1:12 | 花括号
      second document      | `部门名称: a\\n---\\n年度: b`        | 2:1  | 一份申报表
      document end         | `部门名称: a\\n...\\n年度: b`        | 3:1  | 多余的内容
      after the end        | `{a: b}}`                           | 1:7  | 右括号
      anchor               | 部门名称: [&]                        | 1:9  | 别名
      alias name           | `部门名称:\\n  - *`               | 2:6  | 别名
      anchor then bracket  | 部门名称: &a[                        | 1:9  | 别名
      verbatim tag         | 部门名称: !<x                        | 1:10 | 标签
      tag escape           | 部门名称: !<tag:%GG>                 | 1:14 | 标签
      tag handle           | 部门名称: !x!y a                     | 1:7  | 标签
      duplicate tag        | `%TAG !a! tag:x\\n%TAG !a! tag:y\\n---\\nb: c` | 2:1 | 标签
      duplicate directive  | `%YAML 1.1\\n%YAML 1.1\\n---\\na: b` | 2:1  | 指令
      yaml version         | `%YAML 2.0\\n---\\na: b`            | 1:1  | 指令
      version digits       | `%YAML 1.x\\n---\\na: b`            | 1:9  | 指令
      directive name       | `%\\n---\\na: b`                    | 1:2  | 指令
      nesting              | 年度: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] | 1:35 | 嵌套超过 30 层
      """)
  void everyProblemIsPositionedAndInTheUsersLanguage(
      String name, String yaml, String at, String words) {
    String text = yaml.replace("\\n", "\n").replace("\\t", "\t");
    Diagnostic zh = error(text, Messages.chinese());
    assertThat(zh.position()).as(name).hasToString("x.yaml:" + at);
    assertThat(zh.message()).as(name).contains(words).doesNotContainPattern(SNAKEYAML_WORDS);
    assertThat(zh.message()).doesNotContain(Messages.chinese().get("yaml.problem.other"));
    assertThat(zh.hint()).isNotBlank();
    Diagnostic en = error(text, Messages.english());
    assertThat(en.position()).isEqualTo(zh.position());
    assertThat(en.message()).doesNotContainPattern("\\p{IsHan}{2}(?<!名称)(?<!年度)");
  }
}
