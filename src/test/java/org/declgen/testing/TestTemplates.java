package org.declgen.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Small Word templates written in tests: a body of WordprocessingML in a minimal package; and zip
 * packages read back entry by entry.
 */
public final class TestTemplates {
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

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

  /**
   * A template with further parts, given as their XML by part name. The document refers to each
   * header ({@code word/header1.xml}) and footer ({@code word/footer1.xml}); any other part is
   * declared in the content types only.
   */
  public static byte[] docx(String body, Map<String, String> extraParts) {
    StringBuilder types = new StringBuilder();
    StringBuilder rels = new StringBuilder();
    int id = 1;
    for (String part : extraParts.keySet()) {
      String kind =
          part.startsWith("word/header")
              ? "header"
              : part.startsWith("word/footer") ? "footer" : "";
      types.append(
          "<Override PartName=\"/"
              + part
              + "\" ContentType=\""
              + (kind.isEmpty()
                  ? "application/xml"
                  : "application/vnd.openxmlformats-officedocument.wordprocessingml."
                      + kind
                      + "+xml")
              + "\"/>");
      if (!kind.isEmpty()) {
        rels.append(
            "<Relationship Id=\"rId"
                + id++
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + kind
                + "\" Target=\""
                + part.substring("word/".length())
                + "\"/>");
      }
    }
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        XML
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + types
            + "</Types>");
    parts.put(
        "_rels/.rels",
        XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put(
        "word/document.xml",
        XML
            + "<w:document xmlns:w=\""
            + W
            + "\"><w:body>"
            + body
            + "<w:sectPr/></w:body></w:document>");
    if (rels.length() > 0) {
      parts.put(
          "word/_rels/document.xml.rels",
          XML
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + rels
              + "</Relationships>");
    }
    parts.putAll(extraParts);
    return zip(parts);
  }

  /** A zip of the given entries, in order. */
  public static byte[] zip(Map<String, String> entries) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return zipBytes(bytes);
  }

  /** A zip of the given entries, in order. */
  public static byte[] zipBytes(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }

  /** The entries of a zip package, in the order they are stored. */
  public static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return entries;
  }

  /** One entry of a zip package as UTF-8 text. */
  public static String entry(byte[] zip, String name) {
    byte[] bytes = entries(zip).get(name);
    if (bytes == null) {
      throw new AssertionError("no entry " + name + " in " + entries(zip).keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
