package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.importer.ImportFixtures.refusal;
import static org.declgen.importer.ImportFixtures.sampleWithDocument;
import static org.declgen.importer.ImportFixtures.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.declgen.diag.Diagnostic;
import org.declgen.model.Declaration;
import org.declgen.model.IndicatorCategory;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 5: import is linear in its input and bounded in memory; past the limits of
 * {@link ImportLimits} a source is refused with a message naming the limit and where it was passed.
 */
class ImportLimitsTest {
  private static final Path SEED = Path.of("src/test/resources/import/nansha-seed.txt");

  @Test
  void aSpanOfNearlyAMillionColumnsIsRefusedAtItsRow() {
    Diagnostic d = refusal("span.docx", sampleWithSpan("999999"));

    assertThat(d.code()).isEqualTo("import.too-many-columns");
    assertThat(d.message())
        .isEqualTo("第 1 个表格第 1 行第 B 列：这一行有 1,000,000 列（合并单元格按所跨的列数计），超过上限 64 列，拒绝导入");
  }

  @Test
  void aSpanOfTwentyMillionColumnsIsRefusedNotRunOutOfMemory() {
    Diagnostic d = refusal("span.docx", sampleWithSpan("20000000"));

    assertThat(d.message()).contains("20,000,001 列").contains("上限 64 列");
  }

  @Test
  void aSpanPastTheLargestNumberIsReadAsOneColumnAsBefore() throws Exception {
    ImportResult result =
        ImportFixtures.importBytes("span.docx", sampleWithSpan("99999999999999999999"));

    assertThat(result.declaration().department()).isEqualTo(Samples.nansha().department());
  }

  @Test
  void tenThousandExtraConverterRowsAreRefusedPastTheRowLimit() throws Exception {
    Diagnostic d = refusal("rows.md", seedWithRows(10_000));

    assertThat(d.code()).isEqualTo("import.too-many-rows");
    assertThat(d.message()).isEqualTo("表格超过 5,000 行，不像是申报表，拒绝导入");
  }

  /** Below the limit the same rows import; each is reported, none dropped (quadratic before). */
  @Test
  void fourThousandExtraConverterRowsImportWithEveryCellReported() throws Exception {
    ImportResult result = ImportFixtures.importBytes("rows.md", seedWithRows(4_000));

    assertThat(result.unmappedCount()).isEqualTo(4_000 * 7);
  }

  @Test
  void aCellLongerThanTheLimitIsRefusedWithItsPosition() {
    String longName = "局".repeat(ImportLimits.MAX_CELL_CHARS + 1);
    Diagnostic d =
        refusal("long.docx", sampleWithDocument(x -> x.replace("广州市南沙区政务服务和数据管理局", longName)));

    assertThat(d.code()).isEqualTo("import.cell-too-long");
    assertThat(d.message()).isEqualTo("第 1 个表格第 1 行第 B 列：文字超过 20,000 个字符，拒绝导入");
  }

  /**
   * A 一级 label longer than 1,024 characters used to import into YAML that check could not read (an
   * implicit key is at most 1,024 characters); labels are keys, so they have a limit of their own.
   */
  @Test
  void anIndicatorLabelTooLongToBeAYamlKeyIsRefused() {
    Declaration sample = Samples.nansha();
    List<IndicatorCategory> categories = new ArrayList<>(sample.indicators());
    IndicatorCategory first = categories.get(0);
    categories.set(0, new IndicatorCategory("产".repeat(1_100), first.subcategories()));
    Declaration d = sample.withIndicators(categories);

    Diagnostic refused = refusal("label.docx", ImportFixtures.render(d, "gz-district"));

    assertThat(refused.code()).isEqualTo("import.label-too-long");
    assertThat(refused.message()).startsWith("第 ").contains("指标名称有 1,100 个字符，超过上限 200 个字符");
  }

  @Test
  void aLabelWithinTheLimitImportsIntoYamlThatReadsBack() throws Exception {
    Declaration sample = Samples.nansha();
    List<IndicatorCategory> categories = new ArrayList<>(sample.indicators());
    categories.set(0, new IndicatorCategory("产".repeat(200), categories.get(0).subcategories()));
    Declaration d = sample.withIndicators(categories);

    ImportResult result =
        ImportFixtures.importBytes("label.docx", ImportFixtures.render(d, "gz-district"));
    String yaml = DeclarationWriter.write(result.declaration());

    assertThat(Samples.parse("label.yaml", yaml).declaration()).isEqualTo(result.declaration());
  }

  /**
   * Found by the fuzz campaign: an ASCII question mark in an indicator name (here from a GBK
   * re-encoding) was written unquoted in a flow mapping, which the YAML loader cannot read.
   */
  @Test
  void aQuestionMarkInAnIndicatorImportsIntoYamlThatReadsBack() throws Exception {
    byte[] docx = sampleWithDocument(x -> x.replace("梳理区部门承接事项情况", "梳理区?部门承接事项情况"));

    ImportResult result = ImportFixtures.importBytes("q.docx", docx);
    String yaml = DeclarationWriter.write(result.declaration());

    assertThat(yaml).contains("{三级指标: \"梳理区?部门承接事项情况\", 指标值: 1份清单}");
    assertThat(Samples.parse("q.yaml", yaml).declaration()).isEqualTo(result.declaration());
  }

  /** A picture in the package keeps the zip-bomb ratio at bay, so the part's own limit answers. */
  @Test
  void aDocumentPartPastSixteenMegabytesIsRefused() {
    Map<String, byte[]> entries = ImportFixtures.entries(ImportFixtures.sampleDocx());
    String xml = ImportFixtures.text(entries, ImportFixtures.DOCUMENT);
    int rowEnd = xml.indexOf("</w:tr>") + "</w:tr>".length();
    String row = xml.substring(xml.lastIndexOf("<w:tr>", rowEnd - 1), rowEnd);
    String big =
        xml.substring(0, rowEnd)
            + row.repeat(17 * 1024 * 1024 / row.length())
            + xml.substring(rowEnd);
    entries.put(ImportFixtures.DOCUMENT, utf8(big));
    byte[] noise = new byte[200 * 1024];
    new Random(1).nextBytes(noise);
    entries.put("word/media/image1.png", noise);

    Diagnostic d = refusal("big.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.docx.content-too-large");
    assertThat(d.message())
        .startsWith("正文「word/document.xml」解压后有 1")
        .endsWith(" MB，超过上限 16 MB，不像是申报表，拒绝导入");
  }

  private static byte[] sampleWithSpan(String span) {
    return sampleWithDocument(
        x ->
            x.replaceFirst("<w:gridSpan w:val=\"\\d+\"/>", "<w:gridSpan w:val=\"" + span + "\"/>"));
  }

  /** The seed with rows of six one-letter cells added, as in the finding (26 bytes a row). */
  private static byte[] seedWithRows(int count) throws Exception {
    StringBuilder sb = new StringBuilder(Files.readString(SEED).stripTrailing()).append('\n');
    for (int i = 0; i < count; i++) {
      sb.append("| a | b | c | d | e | f | g |\n");
    }
    return utf8(sb.toString());
  }
}
