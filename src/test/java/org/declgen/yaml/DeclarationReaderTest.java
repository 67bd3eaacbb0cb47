package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class DeclarationReaderTest {
  @Test
  void sampleKeepsEveryFigureAndRowOfTheSeed() {
    Declaration d = Samples.nansha();
    assertThat(d.department()).isEqualTo("广州市南沙区政务服务和数据管理局");
    assertThat(d.budget().basicExpenditure()).isEqualTo(Amount.of("1999.68"));
    assertThat(d.budget().projectExpenditure()).isEqualTo(Amount.of("13074.48"));
    assertThat(d.budget().fiscalAppropriation()).isEqualTo(Amount.of("15074.16"));
    assertThat(d.budget().otherFunds().value()).isEqualByComparingTo("0").hasToString("0.00");
    assertThat(d.tasks())
        .extracting(t -> t.name())
        .containsExactly("任务3: 进一步加强政务服务力度", "任务2: 进一步提升行政审批效能", "任务1: 进一步推进“数字城市建设”");
    assertThat(d.tasks())
        .extracting(t -> t.funds().value().toPlainString())
        .containsExactly("839.55", "1223.93", "4227.55");
    assertThat(d.indicators())
        .extracting(c -> c.label())
        .containsExactly("产出指标", "效益指标", "满意度指标", "成本指标");
    assertThat(d.indicatorRows()).hasSize(30);
    assertThat(d.indicators().get(0).subcategories())
        .extracting(s -> s.indicators().size())
        .containsExactly(15, 4, 2);
  }

  @Test
  void scalarsAreKeptAsWritten() throws DiagnosticException {
    Declaration d =
        parse(
            """
        部门名称: 某局
        预算整体情况:
          部门预算支出: {基本支出: 0.10, 项目支出: "1,999.680"}
        绩效指标:
          产出指标:
            数量指标:
              - {三级指标: 比例, 指标值: 0.95}
              - {三级指标: 编号, 指标值: 050}
              - {三级指标: 系数, 实施周期指标值: 1.10, 年度指标值: ~}
        """);
    assertThat(d.budget().basicExpenditure().value()).isEqualTo(new BigDecimal("0.10"));
    assertThat(d.budget().projectExpenditure().value()).isEqualTo(new BigDecimal("1999.680"));
    assertThat(d.budget().otherFunds()).isEqualTo(Amount.BLANK);
    List<Indicator> list = d.indicators().get(0).subcategories().get(0).indicators();
    assertThat(list).extracting(Indicator::annualValue).containsExactly("0.95", "050", null);
    assertThat(list.get(2).periodValue()).isEqualTo("1.10");
  }

  @Test
  void textOfOnlySpacesIsNotFilledIn() throws DiagnosticException {
    Declaration d =
        parse(
            """
        部门名称: "\\u00A0\\u3000"
        绩效指标:
          产出指标:
            数量指标:
              - {三级指标: "\\u200B ", 指标值: "\\u202F"}
              - {三级指标: "　", 指标值: ≥1件}
        """);
    assertThat(d.department()).isNull();
    List<Indicator> list = d.indicators().get(0).subcategories().get(0).indicators();
    assertThat(list).extracting(Indicator::name).containsExactly(null, null);
    assertThat(list).extracting(Indicator::annualValue).containsExactly(null, "≥1件");
  }

  @Test
  void duplicateKeyIsAnErrorAtTheSecondOccurrence() {
    Diagnostic d =
        onlyError(
            """
        部门名称: 甲
        部门名称: 乙
        """);
    assertThat(d.position()).hasToString("t.yaml:2:1");
    assertThat(d.message()).contains("部门名称").contains("重复").contains("第 1 行");
  }

  @Test
  void unknownKeySuggestsTheNearestLabel() {
    Diagnostic d =
        onlyError(
            """
        部门名: 甲
        """);
    assertThat(d.position()).hasToString("t.yaml:1:1");
    assertThat(d.message()).contains("不认识的键「部门名」");
    assertThat(d.hint()).contains("部门名称");
  }

  @Test
  void amountWithLettersIsAnErrorAtTheValue() {
    Diagnostic d =
        onlyError(
            """
        部门名称: 甲
        预算整体情况:
          部门预算支出: {基本支出: 12a, 项目支出: 1}
        """);
    assertThat(d.position()).hasToString("t.yaml:3:18");
    assertThat(d.message()).contains("「预算整体情况 › 部门预算支出 › 基本支出」").contains("12a");
    assertThat(d.hint()).contains("~");
  }

  /** A place in a list is named as a clerk counts, from 1, as the check rules name places. */
  @Test
  void placesInListsAreCountedFromOne() {
    String yaml =
        """
        部门名称: 甲
        年度重点工作任务:
          - 名称: 任务一
          - 名称: 任务二
            备注: 无
        绩效指标:
          产出指标:
            数量指标:
              - {三级指标: 甲, 指标值: 1}
              - {指标值: 2}
        """;
    DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> parse(yaml));
    assertThat(e.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("不认识的键「年度重点工作任务 第2项 › 备注」", "「绩效指标 › 产出指标 › 数量指标 第2项」缺少「三级指标」");
    DiagnosticException en =
        catchThrowableOfType(
            DiagnosticException.class,
            () ->
                new DeclarationReader(Messages.english())
                    .read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(en.diagnostics())
        .extracting(Diagnostic::message)
        .contains("unknown key “item 2 of 年度重点工作任务 › 备注”");
  }

  @Test
  void everyErrorInAFileIsReportedAtOnce() {
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () ->
                parse(
                    """
        部门名称: 甲
        年份: 2024
        预算整体情况:
          部门预算支出: {基本支出: x, 项目支出: y}
        """));
    assertThat(e.diagnostics()).hasSize(3).allMatch(Diagnostic::isError);
  }

  @Test
  void wrongTypeNamesTheKeyPath() {
    Diagnostic d =
        onlyError(
            """
        部门名称: 甲
        年度重点工作任务:
          名称: 甲任务
        """);
    assertThat(d.position()).hasToString("t.yaml:3:3");
    assertThat(d.message()).contains("年度重点工作任务").contains("列表");
  }

  private static Declaration parse(String yaml) throws DiagnosticException {
    return Samples.parse("t.yaml", yaml).declaration();
  }

  private static Diagnostic onlyError(String yaml) {
    DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> parse(yaml));
    assertThat(e).as("expected an error").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0);
  }
}
