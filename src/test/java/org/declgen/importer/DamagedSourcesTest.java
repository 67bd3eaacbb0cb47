package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.importer.ImportFixtures.refusal;
import static org.declgen.importer.ImportFixtures.sampleWithDocument;
import static org.declgen.importer.ImportFixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 4: no source makes import print a stack trace; each gets a message in the
 * user's language saying where it is damaged, and the file is refused rather than a cell dropped.
 */
class DamagedSourcesTest {
  @Test
  void tenThousandNestedElementsAreRefusedNotOverflowTheStack() {
    String deep = "<w:r>".repeat(10_000) + "<w:t>x</w:t>" + "</w:r>".repeat(10_000);
    Diagnostic d =
        refusal("deep.docx", sampleWithDocument(x -> x.replaceFirst("<w:p>", "<w:p>" + deep)));

    assertThat(d.code()).isEqualTo("import.xml-too-deep");
    assertThat(d.message()).isEqualTo("文件中的「word/document.xml」元素嵌套超过 256 层，不像是申报表，拒绝导入");
  }

  @Test
  void fiveThousandNestedTablesAreRefusedNotOverflowTheStack() {
    String nest =
        "<w:tbl><w:tr><w:tc>".repeat(5_000) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(5_000);
    Diagnostic d =
        refusal("nested.docx", sampleWithDocument(x -> x.replaceFirst("<w:tc>", "<w:tc>" + nest)));

    assertThat(d.code()).isEqualTo("import.xml-too-deep");
  }

  /** Within the depth limit nested tables are streamed: no recursion, the cell's text kept. */
  @Test
  void sixtyNestedTablesInACellImportWithTheCellText() throws Exception {
    String nest = "<w:tbl><w:tr><w:tc>".repeat(60) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(60);
    ImportResult result =
        ImportFixtures.importBytes(
            "nested.docx",
            sampleWithDocument(
                x ->
                    x.replace(
                        "广州市南沙区政务服务和数据管理局</w:t></w:r></w:p>",
                        "广州市南沙区政务服务和数据管理局</w:t></w:r></w:p>" + nest)));

    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(Samples.read(Samples.NANSHA));
  }

  @Test
  void aConverterListNestedTwoThousandDeepIsReadLinearlyAndRefusedAsNoForm() {
    Diagnostic d = refusal("list.md", utf8("- ".repeat(2_000) + "x"));

    assertThat(d.code()).isEqualTo("import.no-form");
    assertThat(d.message()).endsWith("文件中没有任何表格");
  }

  @Test
  void aBadSharedStringIndexIsRefusedWithTheCellNotDroppedSilently() throws Exception {
    Map<String, byte[]> entries = ImportFixtures.entries(XlsxImportTest.municipal());
    String sheet = ImportFixtures.text(entries, "xl/worksheets/sheet1.xml");
    // the cell of 2024 in the title row refers to a string the table does not have
    entries.put(
        "xl/worksheets/sheet1.xml",
        utf8(sheet.replaceFirst("(<c r=\"B1\"[^>]*><v>)\\d+(</v>)", "$1999$2")));
    Diagnostic d = refusal("zj.xlsx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.xlsx.missing-string");
    assertThat(d.message())
        .startsWith("工作表「Sheet1」第 1 行第 B 列（Sheet1!B1）：这一格引用的共享字符串（编号「999」）在文件中不存在")
        .endsWith("文件已损坏，拒绝导入");
  }

  @Test
  void aWorkbookWithoutItsSharedStringsIsRefused() throws Exception {
    Map<String, byte[]> entries = ImportFixtures.entries(XlsxImportTest.municipal());
    entries.remove("xl/sharedStrings.xml");
    Diagnostic d = refusal("zj.xlsx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.xlsx.missing-string");
    assertThat(d.message()).contains("文件中只有 0 个");
  }

  @Test
  void aTruncatedSheetIsNamedWithWhereItBreaksNotAsAnXmlBeansException() throws Exception {
    Map<String, byte[]> entries = ImportFixtures.entries(XlsxImportTest.municipal());
    byte[] sheet = entries.get("xl/worksheets/sheet1.xml");
    entries.put("xl/worksheets/sheet1.xml", Arrays.copyOf(sheet, sheet.length / 2));
    Diagnostic d = refusal("zj.xlsx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.bad-xml-at");
    assertThat(d.message())
        .startsWith("文件中的「xl/worksheets/sheet1.xml」在第 ")
        .doesNotContain("Exception")
        .doesNotContain("org.apache");
  }

  @Test
  void aWorkbookPartOfTheWrongShapeIsUnreadableInTheUsersLanguage() throws Exception {
    Map<String, byte[]> entries = ImportFixtures.entries(XlsxImportTest.municipal());
    entries.put("xl/workbook.xml", utf8("<notAWorkbook/>"));
    Diagnostic d = refusal("zj.xlsx", ImportFixtures.zip(entries));

    assertThat(d.message()).isEqualTo("无法读取该 Excel 文件：文件的结构不符合 Excel 格式（文件已损坏），拒绝导入");
  }

  @Test
  void theRefusalIsInEnglishWhenAskedFor() throws Exception {
    Map<String, byte[]> entries = ImportFixtures.entries(XlsxImportTest.municipal());
    entries.remove("xl/sharedStrings.xml");
    Diagnostic d = refusal(Messages.english(), "zj.xlsx", ImportFixtures.zip(entries));

    assertThat(d.message())
        .startsWith(
            "sheet ‘Sheet1’, row 1, column B (Sheet1!B1): the cell names shared string '0', which the file does not have");
  }

  /**
   * Found by the fuzz campaign (a bit flipped in word/fontTable.xml): the XML parser printed
   * "[Fatal Error]" to the console.
   */
  @Test
  void aPartThatIsNotUtf8IsRefusedWithoutThePrinterOfTheParser() {
    Map<String, byte[]> entries = ImportFixtures.entries(ImportFixtures.sampleDocx());
    byte[] document = entries.get(ImportFixtures.DOCUMENT).clone();
    document[document.length / 2] = (byte) 0xF4;
    entries.put(ImportFixtures.DOCUMENT, document);
    PrintStream console = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Diagnostic d;
    try {
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      d = refusal("broken.docx", ImportFixtures.zip(entries));
    } finally {
      System.setErr(console);
    }

    assertThat(d.message()).isEqualTo("文件中的「word/document.xml」不是有效的 UTF-8 文本（文件已损坏），拒绝导入");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aPartInUtf16IsRead() throws Exception {
    Map<String, byte[]> entries = ImportFixtures.entries(ImportFixtures.sampleDocx());
    String xml = ImportFixtures.text(entries, ImportFixtures.DOCUMENT);
    entries.put(
        ImportFixtures.DOCUMENT,
        ("\uFEFF" + xml.replaceFirst("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16LE));

    ImportResult result = ImportFixtures.importBytes("utf16.docx", ImportFixtures.zip(entries));

    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(Samples.read(Samples.NANSHA));
  }

  @Test
  void aWorkbookWithOnlyAnEmptySheetIsNoForm() throws IOException {
    Diagnostic d = refusal("empty.xlsx", workbook(true));

    assertThat(d.code()).isEqualTo("import.no-form");
  }

  @Test
  void aWorkbookWithoutSheetsIsNoForm() throws IOException {
    Diagnostic d = refusal("none.xlsx", workbook(false));

    assertThat(d.code()).isEqualTo("import.no-form");
  }

  private static byte[] workbook(boolean withSheet) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      if (withSheet) {
        book.createSheet("Sheet1");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
