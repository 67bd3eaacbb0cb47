package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 finding 1: {@code 年度: "2024\e"} passed check and render, and the ESC made the Word file
 * unreadable. Characters a Word file cannot hold (and other invisible controls) are refused at
 * load, in every field, typed raw or written as an escape, at the line and column where they stand.
 */
class CharacterRulesTest {
  private static final String SAMPLE = Samples.read(Samples.NANSHA);

  /** The sample with the first line that starts with {@code from} replaced by {@code to}. */
  private static String sampleWith(String from, String to) {
    List<String> lines = SAMPLE.lines().toList();
    StringBuilder out = new StringBuilder();
    boolean done = false;
    for (String line : lines) {
      if (!done && line.startsWith(from)) {
        out.append(to).append('\n');
        done = true;
      } else {
        out.append(line).append('\n');
      }
    }
    assertThat(done).as("sample has a line starting with %s", from).isTrue();
    return out.toString();
  }

  private static List<Diagnostic> errors(String yaml, Messages messages) {
    return catchThrowableOfType(
            DiagnosticException.class,
            () ->
                new DeclarationReader(messages)
                    .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
        .diagnostics();
  }

  private static int lineOf(String yaml, String line) {
    return yaml.lines().toList().indexOf(line) + 1;
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      年度:                      | 年度: "2024\\e"                                  | 年度
      年度:                      | 年度: "2024\\a"                                  | 年度
      年度:                      | 年度: "2024\\0"                                  | 年度
      年度:                      | 年度: "2024\\x01"                                | 年度
      部门名称:                  | 部门名称: "广州\\uFFFE南沙"                         | 部门名称
      部门名称:                  | 部门名称: "广州\\uFFFF南沙"                         | 部门名称
      部门名称:                  | 部门名称: "广州\\uD800南沙"                         | 部门名称
      部门名称:                  | 部门名称: "广州\\x85南沙"                           | 部门名称
      部门名称:                  | 部门名称: "广州\\u202E南沙"                         | 部门名称
      部门名称:                  | 部门名称: "广州\\U0001FFFE"                        | 部门名称
      部门名称:                  | 部门名称: "广州\\r南沙"                             | 部门名称
      部门名称:                  | 部门名称: "广州\\N南沙"                             | 部门名称
      部门名称:                  | 部门名称: "广州\\L南沙"                             | 部门名称
      `  财政供养人员数:`         | `  财政供养人员数: "12\\e"`                        | 基本信息 › 财政供养人员数
      `    基本支出:`             | `    基本支出: "1999.68\\e"`                       | 预算整体情况 › 部门预算支出 › 基本支出
      其他需完成的任务:          | 其他需完成的任务: "一\\t二\\n三\\f四"                  | 其他需完成的任务
      `  - 名称: "任务3`           | `  - 名称: "任务3\\b"`                              | 年度重点工作任务 第1项 › 名称
      `      - {三级指标: 无人机机库部署数量` | `      - {三级指标: "无人机\\v", 指标值: 1}`   | 绩效指标 › 产出指标 › 数量指标 第1项 › 三级指标
      `      - {三级指标: 无人机机库部署数量` | `      - {三级指标: 无人机, 指标值: "1\\x1F台"}` | 绩效指标 › 产出指标 › 数量指标 第1项 › 指标值
      `  产出指标:`              | `  "产出\\e指标":`                                 | 绩效指标
      """)
  void anEscapedControlCharacterIsRefusedWhereTheEscapeStands(String from, String to, String path) {
    String yaml = sampleWith(from, to);
    Diagnostic d =
        errors(yaml, Messages.chinese()).stream()
            .filter(e -> e.code().equals("yaml.unsafe-escape"))
            .findFirst()
            .orElseThrow();
    int backslash = to.lastIndexOf('\\');
    int column = to.codePointCount(0, backslash) + 1;
    String escape =
        to.substring(backslash, to.indexOf('"', backslash + 2)).replaceAll("[一-龥]+.*", "");
    assertThat(d.position()).hasToString("x.yaml:" + lineOf(yaml, to) + ":" + column);
    assertThat(d.message())
        .startsWith("「" + path + "」中的 " + escape.substring(0, 2))
        .contains("代表不可见的字符 U+")
        .endsWith("申报表中不能使用");
    assertThat(d.hint()).contains("删除").contains("\\\\");
  }

  @Test
  void theMessageNamesTheEscapeAndTheCharacter() {
    Diagnostic d = errors(sampleWith("年度:", "年度: \"2024\\e\""), Messages.chinese()).get(0);
    assertThat(d.message()).isEqualTo("「年度」中的 \\e 代表不可见的字符 U+001B，申报表中不能使用");
    Diagnostic en = errors(sampleWith("年度:", "年度: \"2024\\e\""), Messages.english()).get(0);
    assertThat(en.message())
        .isEqualTo(
            "in “年度”, \\e stands for the invisible character U+001B, which a declaration cannot"
                + " hold");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"001B", "0000", "0008", "202E", "FEFF", "2028", "0085", "FDD0", "009B"})
  void aRawControlCharacterIsRefusedWhereItStandsEvenInAComment(String hex) {
    String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
    String value = sampleWith("年度:", "年度: 20" + c + "24");
    Diagnostic d = errors(value, Messages.chinese()).get(0);
    assertThat(d.position()).hasToString("x.yaml:5:7");
    assertThat(d.message()).isEqualTo("文件中有不可见的控制字符 U+" + hex);
    String comment = sampleWith("年度:", "年度: ~  # 备" + c + "注");
    assertThat(errors(comment, Messages.chinese()).get(0).position()).hasToString("x.yaml:5:11");
  }

  @Test
  void tabsAndLineBreaksAreTextInEveryField() throws DiagnosticException {
    String yaml =
        sampleWith("其他需完成的任务:", "其他需完成的任务: \"第一\\t项\\n第二项\"")
            .replaceFirst("(?m)^部门名称: .*$", "部门名称: \"广州\\\\t市\"");
    Declaration d = Samples.parse("x.yaml", yaml).declaration();
    assertThat(d.otherTasks()).isEqualTo("第一\t项\n第二项");
    assertThat(d.department()).isEqualTo("广州\t市");
  }

  @Test
  void charactersBeyondTheBasicPlaneAreText() throws DiagnosticException {
    String yaml = sampleWith("部门名称:", "部门名称: \"广州𠮷\\U0002A6A5\\uD83D\\uDE00南沙\"");
    assertThat(Samples.parse("x.yaml", yaml).declaration().department()).isEqualTo("广州𠮷𪚥😀南沙");
  }

  @Test
  void aLineBreakTypedInWindowsStyleIsNoControlCharacter() throws DiagnosticException {
    assertThat(Samples.parse("x.yaml", SAMPLE.replace("\n", "\r\n")).declaration())
        .isEqualTo(Samples.nansha());
  }

  @Test
  void everyBadCharacterOfAFileIsReportedAtOnce() {
    String yaml =
        sampleWith("年度:", "年度: \"\\e\"").replaceFirst("(?m)^部门名称: .*$", "部门名称: \"\\\\a广州市\"");
    assertThat(errors(yaml, Messages.chinese()))
        .extracting(d -> d.position().toString())
        .containsExactly("x.yaml:4:8", "x.yaml:5:6");
  }
}
