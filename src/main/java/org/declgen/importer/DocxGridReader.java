package org.declgen.importer;

import static org.declgen.internal.WordXml.firstChild;
import static org.declgen.internal.WordXml.is;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.declgen.internal.WordXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document's tables as one grid (tables one after another, spans resolved from {@code
 * w:gridSpan} and {@code w:vMerge}); paragraphs outside tables become outside texts.
 */
final class DocxGridReader {
  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<Cell> outside = new ArrayList<>();
  private int paragraphs;

  private DocxGridReader() {}

  static Grid read(byte[] documentXml) throws IOException {
    Document doc = WordXml.parse(documentXml);
    Element body = firstChild(doc.getDocumentElement(), "body");
    DocxGridReader reader = new DocxGridReader();
    if (body != null) {
      reader.blocks(body);
    }
    return new Grid(Grid.Kind.DOCX, reader.rows, reader.outside);
  }

  private void blocks(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, "tbl")) {
        table((Element) n);
      } else if (is(n, "p")) {
        paragraphs++;
        String text = paragraphText((Element) n);
        if (!text.isBlank()) {
          outside.add(new Cell(text, paragraphs, 0));
        }
      } else if (is(n, "sdt") || is(n, "customXml")) {
        Element content = is(n, "sdt") ? firstChild((Element) n, "sdtContent") : (Element) n;
        if (content != null) {
          blocks(content);
        }
      }
    }
  }

  private void table(Element tbl) {
    List<Cell> previous = null;
    for (Element tr : rowsOf(tbl)) {
      int rowNumber = rows.size() + 1;
      List<Cell> row = new ArrayList<>();
      Element trPr = firstChild(tr, "trPr");
      skip(row, gridValue(trPr, "gridBefore"), rowNumber);
      for (Element tc : cellsOf(tr)) {
        Element tcPr = firstChild(tc, "tcPr");
        int span = Math.max(1, gridValue(tcPr, "gridSpan"));
        Cell cell;
        int column = row.size();
        if (continuesMerge(tcPr) && previous != null && column < previous.size()) {
          cell = previous.get(column);
        } else {
          cell = new Cell(cellText(tc), rowNumber, column + 1);
        }
        for (int i = 0; i < span; i++) {
          row.add(cell);
        }
      }
      rows.add(row);
      previous = row;
    }
  }

  private static void skip(List<Cell> row, int count, int rowNumber) {
    for (int i = 0; i < count; i++) {
      row.add(new Cell("", rowNumber, row.size() + 1));
    }
  }

  /** Rows, looking through content controls and custom XML that wrap them. */
  private static List<Element> rowsOf(Element tbl) {
    return wrapped(tbl, "tr");
  }

  private static List<Element> cellsOf(Element tr) {
    return wrapped(tr, "tc");
  }

  private static List<Element> wrapped(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, name)) {
        result.add((Element) n);
      } else if (is(n, "sdt")) {
        Element content = firstChild((Element) n, "sdtContent");
        if (content != null) {
          result.addAll(wrapped(content, name));
        }
      } else if (is(n, "customXml")) {
        result.addAll(wrapped((Element) n, name));
      }
    }
    return result;
  }

  private static boolean continuesMerge(Element tcPr) {
    Element vMerge = tcPr == null ? null : firstChild(tcPr, "vMerge");
    if (vMerge == null) {
      return false;
    }
    String val = vMerge.getAttributeNS(WordXml.W, "val");
    return val.isEmpty() || val.equals("continue");
  }

  private static int gridValue(Element props, String name) {
    Element e = props == null ? null : firstChild(props, name);
    if (e == null) {
      return 0;
    }
    try {
      return Integer.parseInt(e.getAttributeNS(WordXml.W, "val").strip());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  /** A cell's paragraphs (nested tables included), one line each. */
  private static String cellText(Element tc) {
    List<String> lines = new ArrayList<>();
    collectParagraphs(tc, lines);
    return String.join("\n", lines);
  }

  private static void collectParagraphs(Element parent, List<String> lines) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, "p")) {
        lines.add(paragraphText((Element) n));
      } else if (n instanceof Element e && !is(n, "tcPr")) {
        collectParagraphs(e, lines);
      }
    }
  }

  /** Visible text: {@code w:t}, tabs, breaks; deleted text and field codes are not visible. */
  static String paragraphText(Element p) {
    StringBuilder sb = new StringBuilder();
    appendText(p, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element)) {
        continue;
      }
      if (is(n, "t")) {
        sb.append(n.getTextContent());
      } else if (is(n, "tab") || is(n, "ptab")) {
        sb.append('\t');
      } else if (is(n, "br") || is(n, "cr")) {
        sb.append('\n');
      } else if (is(n, "noBreakHyphen")) {
        sb.append('-');
      } else if (is(n, "del")
          || is(n, "instrText")
          || is(n, "delText")
          || is(n, "rPr")
          || is(n, "pPr")) {
        continue;
      } else {
        appendText(n, sb);
      }
    }
  }
}
