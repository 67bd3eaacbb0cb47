package org.declgen.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which YAML found in a folder is a declaration: a line starts with a top-level key of the form.
 */
class InputsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      部门名称: 甲\\n                          | true
      # 注释\\n年度: ~\\n                      | true
      \\uFEFF部门名称: 甲\\n                    | true
      "部门名称": 甲\\n                        | true
      绩效指标:\\n                              | true
      部门名称 : 甲\\n                          | true
      部门名称：甲\\n                           | true
      on: push\\njobs: {}\\n                    | false
      标题: 会议记录\\n                         | false
      检查:\\n  部门名称: 甲\\n                  | false
      部门名称称: 甲\\n                         | false
      ''                                         | false
      """)
  void aDeclarationHasATopLevelKeyOfTheForm(String yaml, boolean declaration) {
    String text = yaml.strip().replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
    assertThat(Inputs.isDeclaration(text.getBytes(UTF_8))).isEqualTo(declaration);
  }
}
