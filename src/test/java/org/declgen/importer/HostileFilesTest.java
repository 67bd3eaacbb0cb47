package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/** Files built to hurt are refused with one clear error and never parsed further. */
class HostileFilesTest {
  private static Diagnostic refusal(String name, byte[] content) {
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () ->
                new Importer(Messages.chinese(), Frameworks.builtIn()).importBytes(name, content));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.isError()).isTrue();
    assertThat(d.hint()).isNotEmpty();
    return d;
  }

  @Test
  void zipWithTooManyEntries() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < 2_100; i++) {
        zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
        zip.write('x');
      }
    }
    Diagnostic d = refusal("bomb.docx", bytes.toByteArray());

    assertThat(d.code()).isEqualTo("import.zip-refused");
    assertThat(d.message()).contains("文件过多").contains("拒绝导入");
  }

  @Test
  void zipThatExpandsFarBeyondItsSize() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 24; i++) {
        zip.write(zeros);
      }
    }
    Diagnostic d = refusal("bomb.docx", bytes.toByteArray());

    assertThat(d.message()).contains("压缩炸弹");
  }

  @Test
  void externalEntityInDocumentXml() throws IOException {
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
        """;
    Diagnostic d = refusal("xxe.docx", zip(Map.of("word/document.xml", xml)));

    assertThat(d.code()).isEqualTo("import.doctype");
    assertThat(d.message()).contains("DOCTYPE").contains("word/document.xml");
  }

  @Test
  void externalEntityInSpreadsheetPart() throws IOException {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\">"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
    Diagnostic d =
        refusal(
            "xxe.xlsx", zip(Map.of("xl/workbook.xml", "<workbook/>", "xl/sharedStrings.xml", xml)));

    assertThat(d.code()).isEqualTo("import.doctype");
  }

  @Test
  void spreadsheetNamedDocx() throws IOException {
    Diagnostic d = refusal("form.docx", XlsxImportTest.municipal());

    assertThat(d.code()).isEqualTo("import.not-what-it-says");
    assertThat(d.message()).contains("Word (.docx)").contains("Excel (.xlsx)");
  }

  @Test
  void textNamedDocx() {
    Diagnostic d = refusal("form.docx", "部门名称: 某局\n".getBytes(StandardCharsets.UTF_8));

    assertThat(d.code()).isEqualTo("import.not-what-it-says");
  }

  @Test
  void zipNamedMarkdown() throws IOException {
    Diagnostic d = refusal("form.md", zip(Map.of("a.txt", "x")));

    assertThat(d.code()).isEqualTo("import.not-what-it-says");
  }

  @Test
  void passwordProtectedOrOldOfficeFile() {
    byte[] ole2 = new byte[4096];
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(signature, 0, ole2, 0, signature.length);
    Diagnostic d = refusal("locked.xlsx", ole2);

    assertThat(d.code()).isEqualTo("import.ole2");
    assertThat(d.message()).contains("加密").contains(".doc/.xls");
    assertThat(d.hint()).contains("取消密码");
  }

  @Test
  void unsupportedExtension() {
    Diagnostic d = refusal("form.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

    assertThat(d.code()).isEqualTo("import.unsupported-extension");
    assertThat(d.message()).contains(".pdf");
  }

  @Test
  void yamlSampleIsNotAForm() {
    Diagnostic d =
        refusal("nansha.yaml", Samples.read(Samples.NANSHA).getBytes(StandardCharsets.UTF_8));

    assertThat(d.code()).isEqualTo("import.unsupported-extension");
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }
}
