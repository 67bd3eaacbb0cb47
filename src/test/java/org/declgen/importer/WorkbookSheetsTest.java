package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.testing.Frameworks;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/** A workbook is read sheet by sheet: the form may be split over sheets or follow instructions. */
class WorkbookSheetsTest {
  private static final String INDICATORS =
      """
      绩效指标:  # 一级 › 二级 › 三级；没有三级指标的二级写 []
        产出指标:
          数量指标:
            - {三级指标: 城镇新增就业人数（人）, 指标值: 50000}
            - {三级指标: 补贴发放覆盖率, 指标值: 100%}
        满意度指标:
          服务对象满意度指标:
            - {三级指标: 服务对象满意度, 指标值: ≥90%}
      """;

  @Test
  void indicatorsOnTheSecondSheetAreImported() throws Exception {
    ImportResult result =
        importBytes(
            book -> {
              head(book.createSheet("申报表"));
              indicators(book.createSheet("指标"), 0);
            });

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).endsWith(INDICATORS);
    assertThat(result.declaration().tasks()).hasSize(1);
  }

  @Test
  void aSheetOfInstructionsBeforeTheFormIsPassedOverAndNamed() throws Exception {
    ImportResult result =
        importBytes(
            book -> {
              row(book.createSheet("填报说明"), 0, "填报说明：金额单位为万元，请按实际填写。");
              Sheet form = book.createSheet("申报表");
              indicators(form, head(form));
            });

    assertThat(DeclarationWriter.write(result.declaration())).endsWith(INDICATORS);
    assertThat(result.unmappedCount()).isZero();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("工作表「填报说明」有内容，但它的第一列没有申报表的栏目名称，未导入");
  }

  @Test
  void anIndicatorTableWithoutItsBlockLabelIsLeftOutLoudly() throws Exception {
    ImportResult result =
        importBytes(
            book -> {
              Sheet form = book.createSheet("申报表");
              head(form);
              Sheet table = book.createSheet("指标表");
              row(table, 0, "一级指标", "二级指标", "三级指标", "指标值");
              row(table, 1, "产出指标", "数量指标", "城镇新增就业人数（人）", "50000");
            });

    assertThat(result.unmappedCount()).isEqualTo(1);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("工作表「指标表」写有申报表的栏目「一级指标」，但它的第一列没有栏目名称（如「绩效指标」），整张工作表未导入");
  }

  @Test
  void aCellLeftOutNamesItsSheet() throws Exception {
    ImportResult result =
        importBytes(
            book -> {
              head(book.createSheet("申报表"));
              Sheet table = book.createSheet("指标");
              indicators(table, 0);
              row(table, 4, null, null, null, null, "多出的一格");
            });

    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("工作表「指标」第 5 行第 E 列（指标!E5）：「多出的一格」未导入");
  }

  interface Content {
    void add(XSSFWorkbook book);
  }

  static ImportResult importBytes(Content content) throws Exception {
    return new Importer(Messages.chinese(), Frameworks.builtIn())
        .importBytes("form.xlsx", workbook(content));
  }

  static byte[] workbook(Content content) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      content.add(book);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The form down to its tasks; returns the next free row. */
  static int head(Sheet s) {
    row(s, 0, "2024年市级部门整体预算绩效目标表");
    row(s, 1, "部门名称", "湛江市某局");
    row(s, 2, "预算整体情况", "部门预算支出", "预算金额(万元)", "收入来源", "预算金额（万元）");
    row(s, 3, null, "基本支出", "50.00", "财政拨款", "100.00");
    row(s, 4, null, "项目支出", "50.00", "其他资金", "0.00");
    merge(s, 2, 4, 0, 0);
    row(s, 5, "总体绩效目标", "目标1：稳就业。");
    row(s, 6, "年度重点工作任务", "名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）");
    row(s, 7, null, "就业补助", "发放补贴", "1,999.68", "补贴按时发放");
    merge(s, 6, 7, 0, 0);
    return 8;
  }

  static void indicators(Sheet s, int r) {
    row(s, r, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
    row(s, r + 1, null, "产出指标", "数量指标", "城镇新增就业人数（人）", "50000");
    row(s, r + 2, null, null, null, "补贴发放覆盖率", "100%");
    row(s, r + 3, null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%");
    merge(s, r, r + 3, 0, 0);
    merge(s, r + 1, r + 2, 1, 1);
    merge(s, r + 1, r + 2, 2, 2);
  }

  static void row(Sheet s, int r, String... texts) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        row.createCell(i).setCellValue(texts[i]);
      }
    }
  }

  static void merge(Sheet s, int r1, int r2, int c1, int c2) {
    s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }
}
