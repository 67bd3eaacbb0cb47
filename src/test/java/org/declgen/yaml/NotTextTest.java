package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 5: a .docx renamed .yaml was reported as 文件不是 UTF-8 编码 and its bytes quoted. A file
 * that is not text is named for what it is, without a line to quote.
 */
class NotTextTest {
  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write("<x/>".repeat(100).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Diagnostic error(byte[] bytes, Messages messages) {
    return catchThrowableOfType(
            DiagnosticException.class, () -> new DeclarationReader(messages).read("x.yaml", bytes))
        .diagnostics()
        .get(0);
  }

  private static Diagnostic error(byte[] bytes) {
    return error(bytes, Messages.chinese());
  }

  @Test
  void aWordFileIsNamedAndTheImportSuggested() throws IOException {
    Diagnostic d = error(zip("[Content_Types].xml", "word/document.xml", "word/styles.xml"));
    assertThat(d.position()).hasToString("x.yaml");
    assertThat(d.message()).isEqualTo("这是一个 Word 文件（.docx），不是 YAML 申报表，未读取");
    assertThat(d.hint()).isEqualTo("把文件扩展名改回 .docx，再用 declgen import 导入为 YAML");
    assertThat(error(zip("word/document.xml"), Messages.english()).message())
        .isEqualTo("this is a Word file (.docx), not a YAML declaration; it was not read");
  }

  @Test
  void anExcelFileAZipAPdfAndAnOldOfficeFileAreNamed() throws IOException {
    assertThat(error(zip("xl/workbook.xml", "xl/worksheets/sheet1.xml")).message())
        .startsWith("这是一个 Excel 文件（.xlsx）");
    assertThat(error(zip("a.txt")).message()).startsWith("这是一个 zip 压缩包");
    assertThat(error("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)).message())
        .startsWith("这是一个 PDF 文件");
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    ole2[7] = (byte) 0xE1;
    assertThat(error(ole2).message()).startsWith("这是一个旧版 Office 文件（.doc、.xls 或 .wps）");
  }

  @Test
  void utf16IsNamedWithOrWithoutAByteOrderMark() {
    String text = "部门名称: 某局\nyear: x\n";
    assertThat(error(text.getBytes(StandardCharsets.UTF_16)).message())
        .startsWith("文件是 UTF-16 编码的文本");
    assertThat(error(text.getBytes(StandardCharsets.UTF_16LE)).message())
        .startsWith("文件是 UTF-16 编码的文本");
  }

  @Test
  void aMostlyChineseFileInUtf16WithoutAByteOrderMarkIsNamedToo() throws IOException {
    // Chinese characters have no zero byte in UTF-16: only the ASCII keys' punctuation, spaces,
    // digits and line ends do, all on one side of each pair.
    String sample = Files.readString(Path.of("data/nansha-zwsj.yaml"));
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      assertThat(error(sample.getBytes(utf16)).message())
          .as(utf16.name())
          .startsWith("文件是 UTF-16 编码的文本");
    }
  }

  @Test
  void otherBinaryIsNotText() {
    byte[] noise = new byte[4096];
    new Random(14).nextBytes(noise);
    assertThat(error(noise).message()).startsWith("这不是文本文件");
  }

  @Test
  void aFileSavedAsGbkIsToldSo() {
    byte[] gbk = "部门名称: 广州市南沙区\n".getBytes(Charset.forName("GBK"));
    Diagnostic d = error(gbk);
    assertThat(d.position()).hasToString("x.yaml:1:1");
    assertThat(d.message()).isEqualTo("文件不是 UTF-8 编码，此处有无法识别的字节");
    assertThat(d.hint()).startsWith("文件像是以 GBK（ANSI）编码保存的；请另存为 UTF-8");
  }

  @Test
  void aTextWithOneStrayControlCharacterIsStillTextAndPointsAtIt() {
    Diagnostic d = error("部门名称: 某\u0000局\n".getBytes(StandardCharsets.UTF_8));
    assertThat(d.position()).hasToString("x.yaml:1:8");
    assertThat(d.message()).isEqualTo("文件中有不可见的控制字符 U+0000");
  }
}
