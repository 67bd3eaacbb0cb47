package org.declgen.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.render.docx.DocxRenderer;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.view.TemplateView;
import org.declgen.testing.DocxGrid;
import org.declgen.testing.Samples;
import org.declgen.testing.TestTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Word packages as offices have them: the main document is found through the package relationships,
 * every other part reaches the output byte for byte, and packages declgen cannot use are refused
 * with a message that says how to save the template instead.
 */
class TemplatePackagesTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());
  private static final String MAIN = "word/document.xml";
  private static final String PACKAGE_RELS = "_rels/.rels";
  private static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
  private static final String TYPES = "[Content_Types].xml";

  private static Map<String, byte[]> builtIn;
  private static String builtInGrid;

  @BeforeAll
  static void readTheBuiltInTemplate() throws Exception {
    byte[] docx = Files.readAllBytes(Path.of("templates/gz-district/template.docx"));
    builtIn = TestTemplates.entries(docx);
    builtInGrid = grid(docx);
  }

  @Test
  void outputKeepsEveryOtherPartByteForByteInRelationshipOrder() throws Exception {
    byte[] docx = Files.readAllBytes(Path.of("templates/gz-district/template.docx"));
    Map<String, byte[]> output = TestTemplates.entries(render(docx));

    assertThat(output.keySet())
        .containsExactly(
            TYPES,
            MAIN,
            PACKAGE_RELS,
            DOCUMENT_RELS,
            "word/styles.xml",
            "word/settings.xml",
            "word/fontTable.xml",
            "word/footer1.xml",
            "docProps/core.xml",
            "docProps/app.xml");
    for (String part : output.keySet()) {
      if (!part.equals(MAIN)) {
        assertThat(output.get(part)).as(part).isEqualTo(builtIn.get(part));
      }
    }
  }

  @Test
  void theMainDocumentIsFoundThroughThePackageRelationshipsWhateverItsName() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    parts.put("word/body.xml", parts.remove(MAIN));
    parts.put("word/_rels/body.xml.rels", parts.remove(DOCUMENT_RELS));
    replace(parts, PACKAGE_RELS, "Target=\"word/document.xml\"", "Target=\"word/body.xml\"");
    replace(parts, TYPES, "PartName=\"/word/document.xml\"", "PartName=\"/word/body.xml\"");
    byte[] docx = TestTemplates.zipBytes(parts);

    Map<String, byte[]> output = TestTemplates.entries(render(docx));

    assertThat(output).containsKey("word/body.xml").doesNotContainKey(MAIN);
    assertThat(grid(docx)).isEqualTo(builtInGrid);
  }

  /**
   * What WPS adds when it saves a document: custom properties naming its build, a customXml item of
   * its own namespace, a theme and an image; and the content types stored last, as LibreOffice and
   * WPS do. The form is the same and every part is kept.
   */
  @Test
  void aPackageWithThePartsWpsAddsRendersTheSameFormAndKeepsThem() throws Exception {
    byte[] docx = TestTemplates.zipBytes(wpsStyle());

    Map<String, byte[]> output = TestTemplates.entries(render(docx));

    assertThat(grid(docx)).isEqualTo(builtInGrid);
    assertThat(output.keySet())
        .contains(
            "docProps/custom.xml",
            "customXml/item1.xml",
            "customXml/_rels/item1.xml.rels",
            "customXml/itemProps1.xml",
            "word/theme/theme1.xml",
            "word/media/image1.png");
    assertThat(output.get("word/media/image1.png")).isEqualTo(PNG);
    assertThat(new String(output.get("docProps/custom.xml"), StandardCharsets.UTF_8))
        .contains("KSOProductBuildVer");
  }

  @Test
  void aWordTemplateSavedAsDotxOpensAsADocument() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    replace(
        parts, TYPES, "wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml");

    byte[] output = render(TestTemplates.zipBytes(parts));

    assertThat(TestTemplates.entry(output, TYPES))
        .contains("wordprocessingml.document.main+xml")
        .doesNotContain("wordprocessingml.template.main+xml");
  }

  @Test
  void strictOpenXmlIsRefusedWithHowToSaveItInstead() {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    replace(
        parts,
        PACKAGE_RELS,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");

    Diagnostic d = refusal(TestTemplates.zipBytes(parts));

    assertThat(d.message()).contains("模板不是有效的 Word 文档").contains("Strict Open XML 文档");
    assertThat(d.hint()).contains("另存为").contains("Word 文档 (*.docx)");
  }

  @Test
  void anExcelWorkbookIsNotAWordTemplate() {
    Map<String, String> xlsx = new LinkedHashMap<>();
    xlsx.put(
        TYPES,
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
    xlsx.put(
        PACKAGE_RELS,
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    xlsx.put(
        "xl/workbook.xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");

    Diagnostic d = refusal(TestTemplates.zip(xlsx));

    assertThat(d.message()).contains("这是Excel 工作簿，不是 Word 文档");
  }

  @Test
  void aMacroEnabledDocumentIsRefused() {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    replace(
        parts,
        TYPES,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml");

    Diagnostic d = refusal(TestTemplates.zipBytes(parts));

    assertThat(d.message()).contains("含有宏");
    assertThat(d.hint()).contains("不含宏");
  }

  @Test
  void aLegacyDocAndAPasswordProtectedDocumentAreToldApart() throws Exception {
    assertThat(refusal(compoundFile("WordDocument")).message()).contains("Word 97-2003 文档（.doc）");
    assertThat(refusal(compoundFile("EncryptionInfo")).message()).contains("设置了打开密码");
  }

  @Test
  void aFileThatIsNoPackageAtAllIsRefused() {
    for (byte[] file : List.of("部门名称：${部门名称}".getBytes(StandardCharsets.UTF_8), new byte[0])) {
      Diagnostic d = refusal(file);
      assertThat(d.message()).contains("不是 .docx 格式");
      assertThat(d.hint()).contains("另存为「Word 文档 (*.docx)」");
    }
  }

  @Test
  void aZipThatWouldUnpackBeyondAnyTemplateIsRefusedBeforeItIsUnpacked() throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      for (Map.Entry<String, byte[]> part : builtIn.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
      }
      zip.putNextEntry(new ZipEntry("word/media/huge.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int mb = 0; mb < 201; mb++) {
        zip.write(zeros);
      }
    }
    Map<String, byte[]> manyParts = new LinkedHashMap<>(builtIn);
    for (int i = 0; i < 2001; i++) {
      manyParts.put("customXml/item" + i + ".xml", new byte[0]);
    }

    assertThat(refusal(bomb.toByteArray()).message()).contains("超过 200 MB");
    assertThat(refusal(TestTemplates.zipBytes(manyParts)).message()).contains("多于 2000 个部件");
  }

  @Test
  void aPartTheRelationshipsReachButThePackageLacksIsNamed() {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    parts.remove("word/styles.xml");

    Diagnostic d = refusal(TestTemplates.zipBytes(parts));

    assertThat(d.message()).contains("部件「word/styles.xml」不存在");
  }

  /** docx4j prints a stack trace for a damaged part; the user sees only declgen's message. */
  @Test
  void damagedRelationshipsAreNamedWithoutAStackTrace() {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    parts.put(DOCUMENT_RELS, "<Relationships".getBytes(StandardCharsets.UTF_8));
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Diagnostic d;
    try {
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      d = refusal(TestTemplates.zipBytes(parts));
    } finally {
      System.setErr(err);
    }

    assertThat(d.message()).contains("文件已损坏").contains("word/_rels/document.xml.rels");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aMainDocumentThatIsNotXmlIsNamed() {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    parts.put(MAIN, "<w:document><w:body>".getBytes(StandardCharsets.UTF_8));

    Diagnostic d = refusal(TestTemplates.zipBytes(parts));

    assertThat(d.message()).contains("部件「word/document.xml」不是有效的 XML");
  }

  // ------------------------------------------------------------------ helpers

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private static Map<String, byte[]> wpsStyle() {
    Map<String, byte[]> parts = new LinkedHashMap<>(builtIn);
    byte[] types = parts.remove(TYPES);
    parts.put(TYPES, types);
    replace(
        parts,
        TYPES,
        "</Types>",
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
            + "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
            + "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>"
            + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>");
    replace(
        parts,
        PACKAGE_RELS,
        "</Relationships>",
        rel("rId9", "custom-properties", "docProps/custom.xml") + "</Relationships>");
    replace(
        parts,
        DOCUMENT_RELS,
        "</Relationships>",
        rel("rId90", "theme", "theme/theme1.xml")
            + rel("rId91", "image", "media/image1.png")
            + rel("rId92", "customXml", "../customXml/item1.xml")
            + "</Relationships>");
    put(
        parts,
        "docProps/custom.xml",
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\""
            + " name=\"KSOProductBuildVer\"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>");
    put(
        parts,
        "customXml/item1.xml",
        "<s:customData xmlns=\"http://www.wps.cn/officeDocument/2013/wpsCustomData\""
            + " xmlns:s=\"http://www.wps.cn/officeDocument/2013/wpsCustomData\">"
            + "<customSectProps><customSectPr/></customSectProps></s:customData>");
    put(
        parts,
        "customXml/_rels/item1.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rel("rId1", "customXmlProps", "itemProps1.xml")
            + "</Relationships>");
    put(
        parts,
        "customXml/itemProps1.xml",
        "<ds:datastoreItem ds:itemID=\"{B1977F7D-205B-4081-913C-38D41E755F92}\""
            + " xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
            + "<ds:schemaRefs><ds:schemaRef ds:uri=\"http://www.wps.cn/officeDocument/2013/wpsCustomData\"/>"
            + "</ds:schemaRefs></ds:datastoreItem>");
    put(
        parts,
        "word/theme/theme1.xml",
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"WPS\"/>");
    parts.put("word/media/image1.png", PNG);
    return parts;
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + type
        + "\" Target=\""
        + target
        + "\"/>";
  }

  private static void put(Map<String, byte[]> parts, String name, String xml) {
    parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void replace(Map<String, byte[]> parts, String name, String from, String to) {
    String text = new String(parts.get(name), StandardCharsets.UTF_8);
    assertThat(text).as(name).contains(from);
    put(parts, name, text.replace(from, to));
  }

  private static byte[] compoundFile(String entry) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] render(byte[] docx) throws Exception {
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx);
    return DocxRenderer.render(t, TemplateView.of(Samples.nansha()));
  }

  private static String grid(byte[] docx) throws Exception {
    return DocxGrid.of(render(docx));
  }

  private static Diagnostic refusal(byte[] docx) {
    DiagnosticException e =
        catchThrowableOfType(DiagnosticException.class, () -> ENGINE.compileDocx("t.docx", docx));
    assertThat(e).as("refused").isNotNull();
    List<Diagnostic> all = new ArrayList<>(e.diagnostics());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).code()).isEqualTo("template.not-docx");
    assertThat(all.get(0).position().file()).isEqualTo("t.docx");
    return all.get(0);
  }
}
