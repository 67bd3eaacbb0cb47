package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which typing slips are accepted (a warning, read as the fix says), which are errors (the fix in
 * the hint), and what is never taken for a slip. Each case is one line placed in a small
 * declaration; positions are the line and column as typed.
 */
class TypingSlipsTest {
  private static final String HEAD = "部门名称: 某局\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      年度：2025                                          | 2:3  | 警告 | yaml.slip.full-width-colon         | 年度: 2025
      年度： 2025                                         | 2:3  | 警告 | yaml.slip.full-width-colon         | 年度: 2025
      年度:2025                                           | 2:3  | 警告 | yaml.slip.no-space                 | 年度: 2025
      备注：无                                            | 2:3  | 错误 | yaml.slip.full-width-colon-unknown | 备注: 无
      备注:无                                             | 2:3  | 错误 | yaml.slip.no-space-unknown         | 备注: 无
      基本信息: {财政供养人员数：120, 下属二级单位数: 3}  | 2:15 | 警告 | yaml.slip.full-width-colon         | 基本信息: {财政供养人员数: 120, 下属二级单位数: 3}
      基本信息: {财政供养人员数: 120，下属二级单位数: 3}  | 2:20 | 警告 | yaml.slip.full-width-comma         | 基本信息: {财政供养人员数: 120, 下属二级单位数: 3}
      基本信息: {财政供养人员数: "1"，下属二级单位数: 3}  | 2:20 | 警告 | yaml.slip.full-width-comma         | 基本信息: {财政供养人员数: "1", 下属二级单位数: 3}
      基本信息: {财政供养人员数: 1，人数: 3}              | 2:18 | 错误 | yaml.slip.full-width-comma-unknown | 基本信息: {财政供养人员数: 1, 人数: 3}
      基本信息: {财政供养人员数: 约120, 含借调, 下属二级单位数: 3} | 2:21 | 警告 | yaml.slip.comma-in-value | `基本信息: {财政供养人员数: "约120, 含借调", 下属二级单位数: 3}`
      基本信息: （财政供养人员数: 120, 下属二级单位数: 3） | 2:7  | 错误 | yaml.slip.full-width-brackets      | 基本信息: {财政供养人员数: 120, 下属二级单位数: 3}
      基本信息: ｛｝                                      | 2:7  | 错误 | yaml.slip.full-width-brackets      | 基本信息: {}
      年度: &2025年                                       | 2:5  | 错误 | yaml.slip.reserved-start           | `年度: "&2025年"`
      年度: *预算年度                                     | 2:5  | 错误 | yaml.slip.reserved-start           | `年度: "*预算年度"`
      年度: ! 2025                                        | 2:5  | 错误 | yaml.slip.reserved-start           | `年度: "! 2025"`
      年度: >1                                            | 2:5  | 错误 | yaml.slip.empty-block              | `年度: ">1"`
      年度: “>2025”                                       | 2:5  | 警告 | yaml.slip.curly-quotes             | `年度: “>2025”`
      """)
  void slipIsReportedWhereItWasTyped(
      String line, String at, String severity, String code, String fixed) {
    List<Diagnostic> found = diagnostics(HEAD + line.strip() + "\n");
    Diagnostic slip = found.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    assertThat(slip.position().line() + ":" + slip.position().column()).isEqualTo(at);
    assertThat(slip.isError()).isEqualTo(severity.equals("错误"));
    if (!code.equals("yaml.slip.curly-quotes")) {
      assertThat(slip.hint()).contains(fixed);
    }
  }

  /** Text in values, block texts, comments and quotes is the clerk's, never a slip. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      a colon in a value              | `年度重点工作任务:\\n  - 名称: 任务3：加强\\n    拟投入的资金: 1`
      a quoted name                   | `年度重点工作任务:\\n  - 名称: "任务3: 加强"\\n    拟投入的资金: 1`
      a block text                    | `总体绩效目标: |\\n  目标1：提高，指标值: 5\\n  备注:无\\n`
      a continued plain text          | `总体绩效目标: 目标1\\n  目标2：提高`
      a comment                       | `# 说明：金额:万元，指标值: 见下\\n年度: ~  # 注：未定`
      a comma in a name               | `绩效指标:\\n  产出指标:\\n    数量指标:\\n      - {三级指标: 压缩时间，提高效率, 指标值: 90%}`
      brackets in a name              | `绩效指标:\\n  产出指标:\\n    数量指标:\\n      - {三级指标: 国际（港澳）人才, 指标值: ≥35000件}`
      a number in a value             | `绩效指标:\\n  产出指标:\\n    数量指标:\\n      - {三级指标: 人次, 指标值: "≥200,000"}`
      Chinese quotes inside a text    | `年度: “一件事”改革`
      a sentence starting with （一） | `总体绩效目标: （一）拓展：深度`
      a YAML tag                      | `年度: !!str 2025`
      full-width spaces in a block    | `总体绩效目标: |\\n  \u3000\u3000深入贯彻\\n`
      full-width spaces continuing    | `总体绩效目标: 第一句\\n  \u3000\u3000第二句`
      """)
  void textIsNeverTakenForASlip(String name, String body) {
    String yaml = HEAD + body.replace("\\n", "\n") + "\n";
    TypedText typed = new TypingSlips(DepartmentForm.FORM, Messages.chinese()).read("t.yaml", yaml);
    assertThat(typed.warnings())
        .as(yaml)
        .extracting(Diagnostic::code)
        .allMatch(c -> c.equals("yaml.slip.continued-text"));
    assertThat(typed.corrected()).isEqualTo(yaml);
  }

  /**
   * Enter pressed inside a text without {@code |}: YAML joins the lines with a space, which is read
   * as YAML reads it and said at the first continued line, once per text.
   */
  @Test
  void aTextContinuedOnTheNextLinesIsAWarningAtTheFirstOfThem() throws DiagnosticException {
    LoadedDeclaration loaded =
        Samples.parse(
            "t.yaml",
            """
            部门名称: 某局
            总体绩效目标: 第一句目标。
              第二句目标。
              第三句目标。
            年度重点工作任务:
              - 名称: 任务1
                主要实施内容: 第一行
                期望达到的目标: 目标一
                    目标二
            """);
    assertThat(loaded.declaration().overallGoal()).isEqualTo("第一句目标。 第二句目标。 第三句目标。");
    assertThat(loaded.warnings())
        .extracting(w -> w.position().line() + ":" + w.position().column() + " " + w.code())
        .containsExactly("3:3 yaml.slip.continued-text", "9:9 yaml.slip.continued-text");
    assertThat(loaded.warnings().get(0).message()).contains("「总体绩效目标」", "连成一段");
    assertThat(loaded.warnings().get(0).hint()).contains("「总体绩效目标:」后面只写「|」");
  }

  @Test
  void theSampleHasNoSlips() {
    String sample = Samples.read(Samples.NANSHA);
    TypedText typed =
        new TypingSlips(DepartmentForm.FORM, Messages.chinese()).read("t.yaml", sample);
    assertThat(typed.count()).isZero();
  }

  @Test
  void acceptedSlipsAreReadAsTheirFixSays() throws DiagnosticException {
    LoadedDeclaration loaded =
        Samples.parse(
            "t.yaml",
            """
            部门名称：某局
            预算整体情况:
              部门预算支出: {基本支出: 1,999.68, 项目支出:13,074.48}
            绩效指标:
              满意度指标:
                服务对象满意度指标:
                  - {三级指标: 群众满意度，指标值：≥90%, 较上年提高}
            """);
    Declaration d = loaded.declaration();
    assertThat(d.department()).isEqualTo("某局");
    assertThat(d.budget().basicExpenditure().value()).hasToString("1999.68");
    assertThat(d.budget().projectExpenditure().value()).hasToString("13074.48");
    assertThat(d.indicatorRows()).hasSize(1);
    assertThat(d.indicators().get(0).subcategories().get(0).indicators().get(0).annualValue())
        .isEqualTo("≥90%, 较上年提高");
    assertThat(loaded.warnings())
        .extracting(w -> w.position().line() + ":" + w.position().column() + " " + w.code())
        .containsExactly(
            "1:5 yaml.slip.full-width-colon",
            "3:19 yaml.slip.thousands",
            "3:32 yaml.slip.no-space",
            "3:35 yaml.slip.thousands",
            "7:21 yaml.slip.full-width-comma",
            "7:25 yaml.slip.full-width-colon",
            "7:30 yaml.slip.comma-in-value");
  }

  /** Other problems on a line with a fixed slip still point at what was typed. */
  @Test
  void positionsAfterAFixAreThoseOfTheTypedText() {
    List<Diagnostic> found =
        diagnostics(
            """
            部门名称: 某局
            预算整体情况:
              部门预算支出: {基本支出: 1,999.68, 项目支出: 13O74.48}
            """);
    assertThat(found)
        .filteredOn(Diagnostic::isError)
        .extracting(d -> d.position().line() + ":" + d.position().column() + " " + d.code())
        .containsExactly("3:34 yaml.bad-amount");
  }

  @Test
  void windowsLineBreaksAndWideCharactersKeepTheirColumns() {
    List<Diagnostic> found =
        diagnostics(
            "部门名称: 某局\r\n总体绩效目标: 𠀋\r\n年度：2025\r\n预算整体情况:\r\n  部门预算支出: {基本支出: x, 项目支出: 1}\r\n");
    assertThat(found)
        .extracting(d -> d.position().line() + ":" + d.position().column() + " " + d.code())
        .containsExactly("3:3 yaml.slip.full-width-colon", "5:18 yaml.bad-amount");
    List<Diagnostic> wide =
        diagnostics("部门名称: 某局\n绩效指标:\n  产出指标:\n    数量指标:\n      - {三级指标: 𠀋满意度，指标值: 𠀋}\n");
    assertThat(wide).extracting(d -> d.position().column()).containsExactly(20);
  }

  /** A slip that is an error fixes the text YAML reads, so nothing follows from it on its line. */
  @Test
  void anErrorSlipIsTheOnlyMessageForItsLine() {
    List<Diagnostic> found = diagnostics("部门名称: 某局\n绩效指标:\n  产出指标：\n    数量指标: []\n");
    assertThat(found)
        .extracting(d -> d.position().line() + ":" + d.position().column() + " " + d.code())
        .containsExactly("3:7 yaml.slip.full-width-colon-unknown");
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    try {
      return Samples.parse("t.yaml", yaml).warnings();
    } catch (DiagnosticException e) {
      return e.diagnostics();
    }
  }

  @Test
  void errorsStopTheRead() {
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class, () -> Samples.parse("t.yaml", "部门名称: 某局\n备注：无\n"));
    assertThat(e.diagnostics())
        .extracting(Diagnostic::code)
        .contains("yaml.slip.full-width-colon-unknown");
  }
}
