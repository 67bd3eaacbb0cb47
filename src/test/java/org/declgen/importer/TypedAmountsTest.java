package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.declgen.diag.Diagnostic;
import org.declgen.model.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts typed into a form the way clerks type them: with their unit, a ￥ sign, or a dash. */
class TypedAmountsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,234.56万元|1234.56",
        "1,234.56 万元|1234.56",
        "1234.56 万元|1234.56",
        "￥1234.00|1234.00",
        "¥1,234.56|1234.56",
        "￥1,234.56万元|1234.56",
        "-3.5万元|-3.5"
      })
  void anAmountWithTheColumnsUnitOrAYuanSignIsRead(String typed, String expected) throws Exception {
    ImportResult result = importMarkdown("预算金额（万元）", typed, "839.55");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.declaration().budget().basicExpenditure())
        .isEqualTo(new Amount(new BigDecimal(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"—", "-", "－", "——", "–"})
  void aDashAloneIsABlankAmount(String dash) throws Exception {
    ImportResult result = importMarkdown("预算金额（万元）", dash, dash);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.declaration().budget().basicExpenditure().isBlank()).isTrue();
    assertThat(result.declaration().tasks().get(0).funds().isBlank()).isTrue();
  }

  @Test
  void yuanInAWanYuanColumnIsRefusedWithTheFigureInWanYuan() throws Exception {
    ImportResult result = importMarkdown("预算金额（万元）", "1,999.68", "1234.00元");

    assertThat(result.declaration().tasks().get(0).funds().isBlank()).isTrue();
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo(ImportResult.UNMAPPED);
    assertThat(d.message()).contains("第 7 行第 D 列", "1234.00元");
    assertThat(d.hint()).contains("这一列的单位是万元", "0.1234");
  }

  @Test
  void anAmountInAColumnHeadedInYuanIsRefusedWithTheFigureInWanYuan() throws Exception {
    ImportResult result = importMarkdown("预算金额（元）", "19,996,800", "839.55");

    assertThat(result.declaration().budget().basicExpenditure().isBlank()).isTrue();
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).hint()).contains("这一列的单位是元", "1999.68");
  }

  @Test
  void wanYuanInAYuanColumnIsRefusedWithBothFigures() throws Exception {
    ImportResult result = importMarkdown("预算金额（元）", "1,999.68万元", "839.55");

    assertThat(result.declaration().budget().basicExpenditure().isBlank()).isTrue();
    assertThat(result.diagnostics().get(0).hint()).contains("19996800", "1999.68");
  }

  @Test
  void anAmountWithItsUnitInAWordFormIsRead() throws Exception {
    byte[] docx = ImportFixtures.sampleWithDocument(x -> x.replace(">1,999.68<", ">1,999.68 万元<"));

    ImportResult result = ImportFixtures.importBytes("form.docx", docx);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.declaration().budget().basicExpenditure()).isEqualTo(Amount.of("1999.68"));
  }

  private static ImportResult importMarkdown(String budgetHeader, String basic, String funds)
      throws Exception {
    String markdown =
        """
        | | | | | |
        |---|---|---|---|---|
        | 部门名称 | 某局 | | | |
        | 预算整体情况 | 部门预算支出 | %s | | |
        | | 基本支出 | %s | | |
        | 年度重点工作任务 | 名称 | 主要实施内容 | 拟投入的资金（万元） | 期望达到的目标（概述） |
        | | 就业补助 | 发放补贴 | %s | 按时发放 |
        """
            .formatted(budgetHeader, basic, funds);
    return ImportFixtures.importBytes("form.md", markdown.getBytes(StandardCharsets.UTF_8));
  }
}
