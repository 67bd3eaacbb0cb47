package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.importer.WorkbookSheetsTest.head;
import static org.declgen.importer.WorkbookSheetsTest.indicators;
import static org.declgen.importer.WorkbookSheetsTest.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.declgen.diag.Diagnostic;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/** A formula is imported by the value the file keeps for it, and refused when it keeps none. */
class FormulaCellsTest {
  @Test
  void aFormulaWithoutItsCalculatedValueIsRefusedAtItsCell() throws Exception {
    Diagnostic d = ImportFixtures.refusal("form.xlsx", form("C5*2", false));

    assertThat(d.message())
        .isEqualTo(
            "工作表「申报表」第 4 行第 C 列（申报表!C4）：这一格是公式（=C5*2），但文件中没有它的计算结果"
                + "（生成这个文件的程序没有计算公式），不能当作 0 导入，拒绝导入");
    assertThat(d.hint()).contains("打开这个文件并保存一次");
  }

  @Test
  void aFormulaWithItsCalculatedValueImportsThatValue() throws Exception {
    ImportResult result = ImportFixtures.importBytes("form.xlsx", form("C5*2+0.5", true));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).contains("基本支出: 100.5\n");
  }

  @Test
  void aFormulaThatCalculatedAnErrorIsRefusedAtItsCell() throws Exception {
    Diagnostic d = ImportFixtures.refusal("form.xlsx", form("C5/0", true));

    assertThat(d.message())
        .isEqualTo("工作表「申报表」第 4 行第 C 列（申报表!C4）：这一格的公式（=C5/0）算出的是错误值「#DIV/0!」，拒绝导入");
  }

  /** The form with 基本支出 (C4) a formula over 项目支出 (C5, 50), calculated or not. */
  private static byte[] form(String formula, boolean calculated) throws Exception {
    return workbook(
        book -> {
          Sheet s = book.createSheet("申报表");
          indicators(s, head(s));
          s.getRow(4).createCell(2).setCellValue(50);
          s.getRow(3).createCell(2).setCellFormula(formula);
          if (calculated) {
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
          }
        });
  }
}
