package org.declgen.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The floor: the same form (one 6-column table with its horizontal and vertical merges, the
 * template's styles and other parts) written with a StringBuilder and java.util.zip, nothing else.
 * What no template engine can beat.
 */
final class FloorDocx {
  private static final int[] GRID = {907, 1247, 2268, 1474, 1474, 1475};
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String DOCUMENT = "word/document.xml";

  private final Map<String, byte[]> staticParts;

  FloorDocx(Map<String, byte[]> staticParts) {
    this.staticParts = staticParts;
  }

  /** The other parts of a built-in template's Word document, read from the jar. */
  static FloorDocx fromBuiltIn(String templateId) throws IOException {
    String name = "org/declgen/templates/" + templateId + "/template.docx";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (InputStream raw = FloorDocx.class.getClassLoader().getResourceAsStream(name);
        ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory() && !e.getName().equals(DOCUMENT)) {
          parts.put(e.getName(), zip.readAllBytes());
        }
      }
    }
    return new FloorDocx(parts);
  }

  byte[] render(FloorForm form) {
    byte[] document = documentXml(form).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED); // as declgen's own writer: the floor does the same job
      entry(zip, DOCUMENT, document);
      for (Map.Entry<String, byte[]> part : staticParts.entrySet()) {
        entry(zip, part.getKey(), part.getValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("in-memory zip failed", e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }

  static String documentXml(FloorForm form) {
    StringBuilder sb = new StringBuilder(64 * 1024 + form.rows().size() * 2048);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas")
        .append(".openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    paragraph(sb, "FormTitle", "部门整体预算绩效目标申报表");
    sb.append(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"FormTable\"/><w:tblW w:type=\"dxa\" w:w=\"8845\"/>")
        .append("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    for (int w : GRID) {
      sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    sb.append("</w:tblGrid>");
    row(
        sb,
        cell(0, 1, null, "CellLabel", "部门名称"),
        cell(1, 5, null, "CellValue", form.department()));
    budget(sb, form);
    row(sb, cell(0, 1, null, "CellLabel", "总体绩效目标"), cell(1, 5, null, "CellValue", form.goal()));
    tasks(sb, form);
    indicators(sb, form);
    sb.append("</w:tbl><w:sectPr/></w:body></w:document>");
    return sb.toString();
  }

  private static void budget(StringBuilder sb, FloorForm form) {
    String[] labels = {
      "基本支出", "项目支出", "财政拨款", "其他资金", "财政专项资金", "其他事业发展性支出", "本级使用资金", "拟用于对下转移支付资金"
    };
    for (int i = 0; i < 4; i++) {
      row(
          sb,
          cell(0, 1, i == 0 ? "restart" : "", "CellLabel", i == 0 ? "预算整体情况" : ""),
          cell(1, 1, null, "CellLabel", labels[2 * i]),
          cell(2, 1, null, "CellValue", form.budget().get(2 * i)),
          cell(3, 1, null, "CellLabel", labels[2 * i + 1]),
          cell(4, 2, null, "CellValue", form.budget().get(2 * i + 1)));
    }
  }

  private static void tasks(StringBuilder sb, FloorForm form) {
    for (int i = 0; i < form.tasks().size(); i++) {
      String[] t = form.tasks().get(i);
      row(
          sb,
          cell(0, 1, i == 0 ? "restart" : "", "CellLabel", i == 0 ? "年度重点工作任务" : ""),
          cell(1, 1, null, "CellValue", t[0]),
          cell(2, 1, null, "CellValue", t[1]),
          cell(3, 1, null, "CellValue", t[2]),
          cell(4, 2, null, "CellValue", t[3]));
    }
  }

  private static void indicators(StringBuilder sb, FloorForm form) {
    String previous1 = null;
    String previous2 = null;
    for (int i = 0; i < form.rows().size(); i++) {
      String[] r = form.rows().get(i);
      boolean new1 = !r[0].equals(previous1);
      boolean new2 = new1 || !r[1].equals(previous2);
      row(
          sb,
          cell(0, 1, i == 0 ? "restart" : "", "CellLabel", i == 0 ? "绩效指标" : ""),
          cell(1, 1, new1 ? "restart" : "", "IndicatorCell", new1 ? r[0] : ""),
          cell(2, 1, new2 ? "restart" : "", "IndicatorCell", new2 ? r[1] : ""),
          cell(3, 1, null, "IndicatorCell", r[2]),
          cell(4, 1, null, "IndicatorCell", r[3]),
          cell(5, 1, null, "IndicatorCell", r[4]));
      previous1 = r[0];
      previous2 = r[1];
    }
  }

  private static void row(StringBuilder sb, String... cells) {
    sb.append("<w:tr>");
    for (String c : cells) {
      sb.append(c);
    }
    sb.append("</w:tr>");
  }

  /** A cell from grid column {@code column} spanning {@code span}; vMerge null, "" or restart. */
  private static String cell(int column, int span, String vMerge, String style, String text) {
    int width = 0;
    for (int i = column; i < column + span; i++) {
      width += GRID[i];
    }
    StringBuilder sb = new StringBuilder(256 + text.length() * 2);
    sb.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(width).append("\"/>");
    if (span > 1) {
      sb.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
    }
    if (vMerge != null) {
      sb.append(vMerge.isEmpty() ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
    }
    sb.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
    for (String line : text.split("\n", -1)) {
      paragraph(sb, style, line);
    }
    return sb.append("</w:tc>").toString();
  }

  private static void paragraph(StringBuilder sb, String style, String text) {
    sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
    if (!text.isEmpty()) {
      sb.append("<w:r><w:t xml:space=\"preserve\">");
      escape(sb, text);
      sb.append("</w:t></w:r>");
    }
    sb.append("</w:p>");
  }

  private static void escape(StringBuilder sb, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
  }
}
