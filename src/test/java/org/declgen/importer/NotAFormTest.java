package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.importer.ImportFixtures.refusal;
import static org.declgen.importer.ImportFixtures.sampleWithDocument;
import static org.declgen.importer.ImportFixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 6: a source in which import recognises no form is refused (exit 1, a message
 * naming what it looked for) instead of becoming an empty declaration.
 */
class NotAFormTest {
  private static final String LOOKED_FOR =
      "没有认出申报表：申报表表格的第一列写有「部门名称」「基本信息」「预算整体情况」「总体绩效目标」"
          + "「年度重点工作任务」「其他需完成的任务」「绩效指标」等栏目名称，至少要认出其中 3 项；";

  @Test
  void anEmptyMarkdownFile() {
    Diagnostic d = refusal("empty.md", new byte[0]);

    assertThat(d.code()).isEqualTo("import.no-form");
    assertThat(d.message()).isEqualTo(LOOKED_FOR + "文件中没有任何表格");
    assertThat(d.hint()).contains("请确认选对了文件");
  }

  @Test
  void aWordDocumentWithoutTables() {
    Diagnostic d =
        refusal("letter.docx", sampleWithDocument(x -> x.replaceAll("(?s)<w:tbl>.*</w:tbl>", "")));

    assertThat(d.message()).isEqualTo(LOOKED_FOR + "文件中没有任何表格");
  }

  /** Every row then repeats the first one: only 部门名称 is left of the form. */
  @Test
  void aWordDocumentWhoseCellsAllContinueAMerge() {
    byte[] docx =
        ImportFixtures.withDocument(
            ImportFixtures.sampleDocxInOneTablePerTemplateTable(),
            x ->
                x.replaceAll("<w:vMerge[^>]*/>", "")
                    .replace("<w:tc><w:tcPr>", "<w:tc><w:tcPr><w:vMerge/>"));
    Diagnostic d = refusal("merged.docx", docx);

    assertThat(d.message()).isEqualTo(LOOKED_FOR + "只认出了「部门名称」「绩效指标」");
  }

  @Test
  void aWordPackageWithTwoDocumentEntries() {
    Map<String, byte[]> entries = ImportFixtures.entries(ImportFixtures.sampleDocx());
    byte[] empty =
        utf8(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body/></w:document>");
    Diagnostic d =
        refusal(
            "twice.docx",
            ImportFixtures.withDuplicateEntry(entries, ImportFixtures.DOCUMENT, empty));

    assertThat(d.code()).isEqualTo("import.zip-refused");
    assertThat(d.message()).contains("压缩包内有两个同名文件「word/document.xml」");
  }

  @Test
  void aSheetUnderOneMergeCoveringTheForm() throws IOException {
    byte[] xlsx =
        XlsxImportTest.municipal(s -> s.addMergedRegionUnsafe(new CellRangeAddress(0, 20, 0, 6)));
    Diagnostic d = refusal("merged.xlsx", xlsx);

    assertThat(d.message()).isEqualTo(LOOKED_FOR + "表格的第一列中没有这些栏目名称");
  }

  @Test
  void aSheetWithOneLabelOnly() throws IOException {
    Diagnostic d =
        refusal("one.xlsx", sheet(s -> s.createRow(0).createCell(0).setCellValue("绩效指标")));

    assertThat(d.message()).isEqualTo(LOOKED_FOR + "只认出了「绩效指标」");
  }

  @Test
  void theMessageIsInEnglishWhenAskedFor() {
    Diagnostic d = refusal(Messages.english(), "empty.md", new byte[0]);

    assertThat(d.message())
        .startsWith("no declaration recognised: a declaration's table names blocks such as 「部门名称」")
        .endsWith("the file has no table");
  }

  private static byte[] sheet(XlsxImportTest.Extra fill) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet s = book.createSheet("Sheet1");
      fill.add(s);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
