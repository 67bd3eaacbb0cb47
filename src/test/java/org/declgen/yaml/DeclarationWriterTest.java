package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.declgen.diag.DiagnosticException;
import org.declgen.model.Declaration;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class DeclarationWriterTest {
  @Test
  void sampleIsCanonical() {
    assertThat(DeclarationWriter.write(Samples.nansha())).isEqualTo(Samples.read(Samples.NANSHA));
  }

  @Test
  void writtenYamlReadsBackAsTheSameDeclaration() throws DiagnosticException {
    Declaration original = Samples.nansha();
    String yaml = DeclarationWriter.write(original);
    assertThat(Samples.parse("x.yaml", yaml).declaration()).isEqualTo(original);
  }

  /** Issue 11: the template a declaration is meant for is a fact of it, written only when known. */
  @Test
  void templateKeyIsWrittenFirstAndOnlyWhenSet() throws DiagnosticException {
    Declaration municipal = Samples.nansha().withTemplate("gd-municipal");
    String yaml = DeclarationWriter.write(municipal);
    assertThat(yaml).contains("（不是 0）。\n模板: gd-municipal\n部门名称: 广州市南沙区政务服务和数据管理局\n");
    assertThat(Samples.parse("x.yaml", yaml).declaration()).isEqualTo(municipal);
    assertThat(DeclarationWriter.write(Samples.nansha())).doesNotContain("模板");
  }

  @Test
  void initCommentsEveryFieldAndEndsWithAdvice() {
    String text =
        NewDeclaration.yaml("某局", "gd-municipal", Frameworks.of("gd-municipal"), "s.json");
    assertThat(text)
        .startsWith("# yaml-language-server: $schema=s.json\n")
        .contains(
            "模板: gd-municipal  # 所用模板（表格样式和标准指标框架）\n",
            "部门名称: 某局  # 全称，与公章一致\n",
            "年度: ~  # 表上不写年度时为 ~\n",
            "  部门预算支出:  # 基本支出 + 项目支出 = 部门预算总额\n    基本支出: ~\n    项目支出: ~\n",
            "  - 名称: ~  # 任务名称；每项任务以“- 名称:”开头，可复制多项\n",
            "    拟投入的资金: ~  # 万元，写数字；各任务合计不大于项目支出\n",
            "    可持续影响指标: []\n")
        .endsWith("写完后运行 declgen check 检查。\n");
  }

  @Test
  void textsThatYamlWouldMisreadAreQuoted() {
    assertThat(DeclarationWriter.scalar(">12小时")).isEqualTo("\">12小时\"");
    assertThat(DeclarationWriter.scalar("≥200,000")).isEqualTo("\"≥200,000\"");
    assertThat(DeclarationWriter.scalar("任务3: 进一步")).isEqualTo("\"任务3: 进一步\"");
    assertThat(DeclarationWriter.scalar("~")).isEqualTo("\"~\"");
    assertThat(DeclarationWriter.scalar("满意")).isEqualTo("满意");
    assertThat(DeclarationWriter.scalar("0.95")).isEqualTo("0.95");
  }

  /**
   * Issue 14 finding 2: import of 「广州𠮷南沙」 wrote {@code "广州\u20BB7南沙"}, which reads back as
   * 「广州₻7南沙」; init and emoji did the same. Characters beyond the Basic Multilingual Plane are
   * written whole.
   */
  @Test
  void charactersBeyondTheBasicPlaneAreWrittenWhole() throws DiagnosticException {
    Declaration rare = Samples.nansha().toBuilder().department("广州𠮷南沙").year("2024😀").build();
    String yaml = DeclarationWriter.write(rare);
    assertThat(yaml).contains("部门名称: 广州𠮷南沙\n", "年度: 2024😀  #").doesNotContain("\\u");
    assertThat(Samples.parse("x.yaml", yaml).declaration()).isEqualTo(rare);
    assertThat(DeclarationWriter.scalar("\"𪚥\"")).isEqualTo("\"\\\"𪚥\\\"\"");
  }

  @Test
  void initWritesARareCharacterOfTheDepartmentWhole() throws DiagnosticException {
    String text = NewDeclaration.yaml("广州𠮷局", null, Frameworks.of("gz-district"), "s.json");
    assertThat(text).contains("部门名称: 广州𠮷局  #");
    assertThat(Samples.parse("x.yaml", text).declaration().department()).isEqualTo("广州𠮷局");
  }

  @Test
  void onlyWhatMustBeEscapedIsEscaped() {
    assertThat(DeclarationWriter.scalar("甲\t乙")).isEqualTo("\"甲\\t乙\"");
    assertThat(DeclarationWriter.scalar("甲\u2028乙")).isEqualTo("\"甲\\u2028乙\"");
    assertThat(DeclarationWriter.scalar("甲\u0085乙")).isEqualTo("\"甲\\x85乙\"");
    assertThat(DeclarationWriter.scalar("甲\uDB7F\uDFFE")).isEqualTo("\"甲\\U000EFFFE\"");
    assertThat(DeclarationWriter.scalar("甲\uD800")).isEqualTo("\"甲\\uD800\"");
    assertThat(DeclarationWriter.scalar("\uE000私用区")).isEqualTo("\uE000私用区");
  }

  /** {@code ?} ends a plain scalar inside {…}, where indicators are written. */
  @Test
  void aQuestionMarkIsQuoted() throws DiagnosticException {
    assertThat(DeclarationWriter.scalar("是否达标? 是")).isEqualTo("\"是否达标? 是\"");
  }
}
