package org.declgen.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.junit.jupiter.api.Test;

class TemplateFormTest {
  private static final Messages MESSAGES = Messages.chinese();

  @Test
  void frameworkLinesAreReadInTheirNumbersOrder() throws Exception {
    TemplateForm form =
        parse(
            """
            form=部门整体
            framework.10=成本指标：
            framework.2=效益指标：经济效益指标, 社会效益指标，生态效益指标
            framework.1=产出指标:数量指标、 质量指标
            """);
    assertThat(form.form()).isSameAs(DepartmentForm.FORM);
    assertThat(form.framework().id()).isEqualTo("mine");
    assertThat(form.framework().levels())
        .containsExactly(
            Map.entry("产出指标", List.of("数量指标", "质量指标")),
            Map.entry("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标")),
            Map.entry("成本指标", List.of()));
  }

  @Test
  void aTemplateThatNamesNoFormPrintsTheDepartmentForm() throws Exception {
    assertThat(parse("framework.1=产出指标：数量指标\n").form()).isSameAs(DepartmentForm.FORM);
  }

  @Test
  void aTemplateWithoutFrameworkTakesTheFallbacks() throws Exception {
    TemplateForm fallback = parse("framework.1=产出指标：数量指标\n");
    TemplateForm bare =
        TemplateForm.parse(
            "bare", "t.properties", properties("description=x\n"), Optional.of(fallback), MESSAGES);
    assertThat(bare.framework()).isEqualTo(fallback.framework());
  }

  @Test
  void anUnknownFormKindIsRefused() {
    assertThatThrownBy(() -> parse("form=项目支出\n"))
        .isInstanceOf(DiagnosticException.class)
        .hasMessageContaining("不认识的表格种类「项目支出」；可用：部门整体");
  }

  @Test
  void aLineWithoutColonOrARepeatedLevel1IsRefused() {
    assertThatThrownBy(() -> parse("framework.1=产出指标 数量指标\n"))
        .hasMessageContaining("指标框架「framework.1=产出指标 数量指标」写法有误");
    assertThatThrownBy(() -> parse("framework.1=产出指标：甲\nframework.2=产出指标：乙\n"))
        .hasMessageContaining("指标框架「framework.2=产出指标：乙」写法有误");
  }

  private static TemplateForm parse(String text) throws DiagnosticException {
    return TemplateForm.parse("mine", "t.properties", properties(text), Optional.empty(), MESSAGES);
  }

  private static Properties properties(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return p;
  }
}
