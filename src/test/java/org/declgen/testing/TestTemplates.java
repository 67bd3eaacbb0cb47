package org.declgen.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small Word templates written in tests: a body of WordprocessingML in a minimal package. */
public final class TestTemplates {
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private TestTemplates() {}

  /** A paragraph with one run of text. */
  public static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r></w:p>";
  }

  /** A table cell holding the given paragraphs. */
  public static String tc(String... paragraphs) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr>"
        + String.join("", paragraphs)
        + "</w:tc>";
  }

  public static String tr(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  public static String tbl(int columns, String... rows) {
    StringBuilder grid = new StringBuilder("<w:tblGrid>");
    for (int i = 0; i < columns; i++) {
      grid.append("<w:gridCol w:w=\"1000\"/>");
    }
    return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        + grid
        + "</w:tblGrid>"
        + String.join("", rows)
        + "</w:tbl>";
  }

  public static byte[] docx(String body) {
    return docx(body, Map.of());
  }

  /** A template with further parts, e.g. {@code word/header1.xml}, given as their XML. */
  public static byte[] docx(String body, Map<String, String> extraParts) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\""
            + W
            + "\"><w:body>"
            + body
            + "<w:sectPr/></w:body></w:document>");
    parts.putAll(extraParts);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
