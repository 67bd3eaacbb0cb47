package org.declgen.template.docx.compiler;

import java.util.List;
import org.declgen.diag.Messages;
import org.declgen.internal.WordXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Describes where a paragraph is in the words a person sees in Word: table, row, column. */
final class TemplateLocations {
  private static final int LABEL_LENGTH = 16;

  private final Messages messages;
  private final List<Element> tables;

  TemplateLocations(Document document, Messages messages) {
    this.messages = messages;
    this.tables = WordXml.descendants(document, "tbl");
  }

  String describe(Element paragraph) {
    Element cell = WordXml.ancestor(paragraph, "tc");
    if (cell == null) {
      return messages.get("template.where.paragraph", shorten(WordXml.text(paragraph)));
    }
    Element row = WordXml.ancestor(cell, "tr");
    Element table = WordXml.ancestor(row, "tbl");
    int rowNumber = WordXml.children(table, "tr").indexOf(row) + 1;
    int columnNumber = WordXml.children(row, "tc").indexOf(cell) + 1;
    return messages.get(
        "template.where.cell",
        tables.indexOf(table) + 1,
        tableLabel(table),
        rowNumber,
        columnNumber);
  }

  /** The table's first words, which name it for a person ("部门名称", "绩效指标"). */
  private static String tableLabel(Element table) {
    for (Element p : WordXml.descendants(table, "p")) {
      String text = WordXml.text(p).strip();
      if (!text.isEmpty() && !text.startsWith("<") && !text.startsWith("$")) {
        return shorten(text);
      }
    }
    return "";
  }

  static String shorten(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= LABEL_LENGTH ? t : t.substring(0, LABEL_LENGTH) + "…";
  }
}
