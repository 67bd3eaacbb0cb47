package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.declgen.diag.Messages;
import org.declgen.testing.Frameworks;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/**
 * A municipal (G5) filing kept as a spreadsheet, laid out as the 湛江 files are: merged label
 * columns, a formula with its cached value, a fraction formatted {@code 0%}, amounts formatted
 * {@code #,##0.00}; plus the mess real files carry (a blank first column, a blank row, stray
 * spaces, half-width brackets and line breaks in labels).
 */
class XlsxImportTest {
  private static final String EXPECTED =
      """
      # yaml-language-server: $schema=../schema/declaration.schema.json
      # 部门整体预算绩效目标申报表 — 键名即申报表上的栏目名称，请勿改动。
      # 金额单位：万元，写数字（如 1999.68）；未填写的写 ~（不是 0）。
      模板: gd-municipal
      部门名称: 湛江市某局
      年度: 2024  # 表上不写年度时为 ~
      基本信息:  # 市级表打印这一行；区级表不打印
        财政供养人员数: 132
        下属二级单位数: ~
      预算整体情况:  # 万元
        部门预算支出:
          基本支出: 10907.61
          项目支出: 61915.77
        收入来源:
          财政拨款: 72823.38
          其他资金: 0.00
        事业发展性支出:
          财政专项资金: ~
          其他事业发展性支出: ~
        按预算级次划分:
          本级使用资金: ~
          拟用于对下转移支付资金: ~
      总体绩效目标: |
        目标1：稳就业。
        目标2：保民生。
      年度重点工作任务:  # 按申报表上的顺序，不要排序
        - 名称: 就业补助
          主要实施内容: |
            发放补贴
          拟投入的资金: 1999.68
          期望达到的目标: |
            补贴按时发放
      其他需完成的任务: ~  # 可选填
      绩效指标:  # 一级 › 二级 › 三级；没有三级指标的二级写 []
        产出指标:
          数量指标:
            - {三级指标: 城镇新增就业人数（人）, 指标值: 50000}
            - {三级指标: 补贴发放覆盖率, 指标值: 100%}
          成本指标: []
        满意度指标:
          服务对象满意度指标:
            - {三级指标: 服务对象满意度, 指标值: ≥90%}
      """;

  @Test
  void municipalSpreadsheetImportsByLabels() throws Exception {
    ImportResult result =
        new Importer(Messages.chinese(), Frameworks.builtIn()).importBytes("zj.xlsx", municipal());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).isEqualTo(EXPECTED);
  }

  @Test
  void unknownLabelIsReportedNotGuessed() throws Exception {
    byte[] xlsx =
        municipal(
            sheet -> {
              Row row = sheet.createRow(30);
              row.createCell(1).setCellValue("备注");
              row.createCell(2).setCellValue("表中数据以财政批复为准");
            });
    ImportResult result =
        new Importer(Messages.chinese(), Frameworks.builtIn()).importBytes("zj.xlsx", xlsx);

    assertThat(result.unmappedCount()).isEqualTo(2);
    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .containsExactly(
            "工作表「Sheet1」第 31 行第 B 列（Sheet1!B31）：「备注」未导入",
            "工作表「Sheet1」第 31 行第 C 列（Sheet1!C31）：「表中数据以财政批复为准」未导入");
    assertThat(result.diagnostics().get(0).hint()).contains("不认识的栏目");
  }

  static byte[] municipal() throws IOException {
    return municipal(sheet -> {});
  }

  interface Extra {
    void add(Sheet sheet);
  }

  /** Column A is left blank on purpose; the form occupies B–F. */
  static byte[] municipal(Extra extra) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet s = book.createSheet("Sheet1");
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));
      row(s, 0, "2024年市级部门整体预算绩效目标表");
      merge(s, 0, 0, 1, 5);
      row(s, 1, " 部门 名称 ", "湛江市某局");
      merge(s, 1, 1, 2, 5);
      row(s, 2, "基本信息", "财政供养人员数", null, "下属二级单位数：", null);
      s.getRow(2).createCell(3).setCellValue(132);
      row(s, 3, "预算整体情况", "部门预算支出", "预算金额(万元)", "收入来源", "预算金额（万元）");
      row(s, 4, null, "基本支出", null, "财政拨款", null);
      row(s, 5, null, "项目支出", null, "其他资金", null);
      amount(s, 4, 3, 10907.61, money);
      amount(s, 5, 3, 61915.77, money);
      amount(s, 5, 5, 0, money);
      var formula = s.getRow(4).createCell(5);
      formula.setCellFormula("D5+D6");
      formula.setCellStyle(money);
      row(s, 6, null, "事业发展性支出", "预算金额（万元）", "按预算级次划分", "预算金额（万元）");
      row(s, 7, null, "财政专项资金", null, "市本级使用资金", null);
      row(s, 8, null, "其他事业发展性支出", null, "拟用于对下转移支付资金", null);
      merge(s, 3, 8, 1, 1);
      row(s, 9, "总体绩效目标", "目标1：稳就业。\n目标2：保民生。");
      merge(s, 9, 9, 2, 5);
      // row 10 stays blank: extra blank rows are ignored
      row(s, 11, "年度重点\n工作任务", "名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）");
      row(s, 12, null, "就业补助", "发放补贴", "1,999.68", "补贴按时发放");
      merge(s, 11, 12, 1, 1);
      row(s, 13, "其他需完成的任务(可选填)", null);
      merge(s, 13, 13, 2, 5);
      row(s, 14, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
      row(s, 15, null, "产出指标", "数量指标", "城镇新增就业人数（人）", null);
      s.getRow(15).createCell(5).setCellValue(50000);
      row(s, 16, null, null, null, "补贴发放覆盖率", null);
      s.getRow(16).createCell(5).setCellValue(1);
      s.getRow(16).getCell(5).setCellStyle(percent);
      row(s, 17, null, null, "成本指标", null, null);
      row(s, 18, null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%");
      merge(s, 14, 18, 1, 1);
      merge(s, 15, 17, 2, 2);
      merge(s, 15, 16, 3, 3);
      extra.add(s);
      book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static void row(Sheet s, int r, String... texts) {
    Row row = s.createRow(r);
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        row.createCell(i + 1).setCellValue(texts[i]);
      }
    }
  }

  private static void amount(Sheet s, int r, int c, double value, CellStyle style) {
    var cell = s.getRow(r).createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
    s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }
}
