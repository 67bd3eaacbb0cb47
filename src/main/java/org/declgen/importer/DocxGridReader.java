package org.declgen.importer;

import static org.declgen.importer.ImportLimits.MAX_CELL_CHARS;
import static org.declgen.importer.ImportLimits.MAX_COLUMNS;
import static org.declgen.importer.ImportLimits.MAX_ROWS;
import static org.declgen.importer.ImportLimits.MAX_XML_DEPTH;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.declgen.internal.WordXml;

/**
 * A Word document's body, streamed once, as one grid: the tables at the top level one after another
 * (spans resolved from {@code w:gridSpan}, {@code w:gridBefore} and {@code w:vMerge}), each cell's
 * paragraphs — nested tables' included — one line each; paragraphs outside tables become outside
 * texts. Cells are positioned as Word shows them: the table's number in the document and the row's
 * in that table. It keeps no tree and recurses nowhere, so time and memory follow the input and
 * {@link ImportLimits}. Transitional and Strict WordprocessingML are read alike.
 */
final class DocxGridReader {
  private static final Set<String> W =
      Set.of(
          "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
          "http://purl.oclc.org/ooxml/wordprocessingml/main");
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** Elements whose content is not visible text: deleted text, field codes, properties. */
  private static final Set<String> HIDDEN = Set.of("del", "delText", "instrText", "pPr");

  private final String part;
  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<Cell> outside = new ArrayList<>();
  private final Deque<String> open = new ArrayDeque<>();
  private int paragraphs;
  private int tables;
  private int hidden;

  /** The top-level table being read, from 1, and its row (every {@code w:tr}), from 1. */
  private int tableNumber;

  private int tableRow;

  /** True right after a top-level table, until a paragraph outside tables. */
  private boolean tableAbove;

  private List<Cell> row;
  private List<Cell> previous;
  private boolean rowContinues;
  private List<Cell> lastRow;
  private List<Cell> lastOfTableAbove;
  private final Set<Cell> joining = Grid.identitySet();
  private int span;
  private boolean continues;
  private List<FormattedLine> cellLines;
  private int cellChars;

  private FormattedLine line;
  private int nestedParagraphs;
  private int runs;
  private boolean bold;
  private boolean italic;

  private DocxGridReader(String part) {
    this.part = part;
  }

  static Grid read(String part, byte[] documentXml) {
    DocxGridReader reader = new DocxGridReader(part);
    try {
      XMLStreamReader xml = SafeXml.reader(part, documentXml);
      while (xml.hasNext()) {
        reader.event(xml);
      }
    } catch (XMLStreamException e) {
      throw SafeXml.badXml(part, e);
    }
    return new Grid(Grid.Kind.DOCX, reader.rows, reader.outside);
  }

  private void event(XMLStreamReader xml) throws XMLStreamException {
    switch (xml.next()) {
      case XMLStreamConstants.START_ELEMENT -> start(xml);
      case XMLStreamConstants.END_ELEMENT -> end(xml);
      case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION ->
          throw new SourceRefused("import.doctype", part);
      default -> {}
    }
  }

  private void start(XMLStreamReader xml) throws XMLStreamException {
    String name = name(xml);
    open.push(name);
    if (open.size() > MAX_XML_DEPTH) {
      throw new SourceRefused("import.xml-too-deep", part, MAX_XML_DEPTH);
    }
    if (hidden > 0 || HIDDEN.contains(name) || name.equals("mc:Fallback")) {
      hidden++;
      return;
    }
    switch (name) {
      case "tbl" -> startTable();
      case "tr" -> startRow();
      case "tc" -> startCell();
      case "gridBefore" -> gridBefore(xml);
      case "gridSpan" -> gridSpan(xml);
      case "vMerge" -> vMerge(xml);
      case "p" -> startParagraph();
      case "r" -> startRun();
      case "b" -> bold = inRunProperties() ? isOn(xml) : bold;
      case "i" -> italic = inRunProperties() ? isOn(xml) : italic;
      case "t" -> {
        text(xml.getElementText());
        open.pop();
      }
      case "tab", "ptab" -> text("\t");
      case "br", "cr" -> text(FormattedLine.LINE_BREAK);
      case "bookmarkStart" -> bookmark(xml);
      case "noBreakHyphen" -> text("-");
      default -> {}
    }
  }

  private void end(XMLStreamReader xml) {
    String name = open.pop();
    if (hidden > 0) {
      hidden--;
      return;
    }
    switch (name) {
      case "tbl" -> endTable();
      case "tr" -> endRow();
      case "tc" -> endCell();
      case "p" -> endParagraph();
      default -> {}
    }
  }

  /** The element's WordprocessingML name, {@code mc:} names, or a name nothing here matches. */
  private static String name(XMLStreamReader xml) {
    String ns = xml.getNamespaceURI();
    if (ns != null && W.contains(ns)) {
      return xml.getLocalName();
    }
    return MC.equals(ns) ? "mc:" + xml.getLocalName() : "other:" + xml.getLocalName();
  }

  /** True while in a row of a table at the top level, outside its cells. */
  private boolean inTopRow() {
    return tables == 1 && row != null && cellLines == null;
  }

  /** True while in a cell of a table at the top level, outside tables nested in it. */
  private boolean inTopCell() {
    return tables == 1 && cellLines != null;
  }

  private void startTable() {
    if (++tables == 1) {
      previous = null;
      lastOfTableAbove = lastRow;
      // Word shows a table that follows another with no paragraph between as part of it.
      if (!tableAbove) {
        tableNumber++;
        tableRow = 0;
      }
    }
  }

  private void endTable() {
    tableAbove = --tables == 0;
  }

  private void startRow() {
    if (tables != 1) {
      return;
    }
    if (rows.size() >= MAX_ROWS) {
      throw new SourceRefused("import.too-many-rows", MAX_ROWS);
    }
    row = new ArrayList<>();
    rowContinues = false;
    tableRow++;
  }

  private void endRow() {
    if (tables == 1 && row != null) {
      if (rowContinues && lastOfTableAbove != null) {
        joinAbove(row, lastOfTableAbove);
        lastRow = lastOfTableAbove;
      } else {
        rows.add(row);
        previous = row;
        lastRow = row;
      }
      row = null;
    }
  }

  /**
   * declgen's marks of a row split between pages: the later part goes on with the row above ({@link
   * WordXml#CONTINUED_ROW}), a paragraph with the cell's last paragraph above ({@link
   * WordXml#JOINED_PARAGRAPH}).
   */
  private void bookmark(XMLStreamReader xml) {
    String name = attribute(xml, "name");
    if (name == null || !inTopCell()) {
      return;
    }
    if (name.startsWith(WordXml.CONTINUED_ROW)) {
      rowContinues = true;
    } else if (name.startsWith(WordXml.JOINED_PARAGRAPH) && line != null && cellLines.isEmpty()) {
      line.joinAbove();
    }
  }

  /**
   * Reads the later part of a row split between pages into its part at the foot of the page before
   * (the last row of the table above; heading rows printed again come between): a cell printed
   * again (a name, an amount, a label) is the same cell; a long text that runs on is appended to
   * its start.
   */
  private void joinAbove(List<Cell> part, List<Cell> above) {
    for (int c = 0; c < part.size() && c < above.size(); c++) {
      Cell top = above.get(c);
      Cell next = part.get(c);
      boolean spanned = c > 0 && part.get(c - 1) == next;
      if (spanned || next == top || next.isBlank() || next.text().equals(top.text())) {
        continue;
      }
      Cell joined = top.followedBy(next, joining.contains(next));
      for (List<Cell> r : rows) {
        for (int k = 0; k < r.size(); k++) {
          if (r.get(k) == top) {
            r.set(k, joined);
          }
        }
      }
    }
  }

  private void startCell() {
    if (inTopRow()) {
      span = 1;
      continues = false;
      cellLines = new ArrayList<>();
      cellChars = 0;
    }
  }

  private void endCell() {
    if (!inTopCell()) {
      return;
    }
    int column = row.size();
    if (column + span > MAX_COLUMNS) {
      throw new SourceRefused(
          "import.too-many-columns", where(column + 1), column + span, MAX_COLUMNS);
    }
    Cell cell =
        continues && previous != null && column < previous.size()
            ? previous.get(column)
            : Cell.of(cellLines, tableRow, column + 1, table());
    if (!cellLines.isEmpty() && cellLines.get(0).joinsAbove()) {
      joining.add(cell);
    }
    for (int i = 0; i < span; i++) {
      row.add(cell);
    }
    cellLines = null;
  }

  private void gridBefore(XMLStreamReader xml) {
    if (!inTopRow() || !"trPr".equals(parent())) {
      return;
    }
    int count = gridValue(xml);
    if (row.size() + count > MAX_COLUMNS) {
      throw new SourceRefused("import.too-many-columns", where(1), row.size() + count, MAX_COLUMNS);
    }
    for (int i = 0; i < count; i++) {
      row.add(new Cell("", null, tableRow, row.size() + 1, table()));
    }
  }

  private void gridSpan(XMLStreamReader xml) {
    if (inTopCell() && "tcPr".equals(parent()) && line == null) {
      span = Math.max(1, gridValue(xml));
    }
  }

  private void vMerge(XMLStreamReader xml) {
    if (inTopCell() && "tcPr".equals(parent()) && line == null) {
      String val = attribute(xml, "val");
      continues = val == null || val.isEmpty() || val.equals("continue");
    }
  }

  private void startParagraph() {
    if (line != null) {
      nestedParagraphs++;
      return;
    }
    line = new FormattedLine();
    runs = 0;
    bold = false;
    italic = false;
  }

  private void endParagraph() {
    if (nestedParagraphs > 0) {
      nestedParagraphs--;
      return;
    }
    FormattedLine done = line;
    line = null;
    if (tables == 0) {
      paragraphs++;
      tableAbove = false;
      String text = done.plain();
      if (!text.isBlank()) {
        outside.add(new Cell(text, paragraphs, 0));
      }
    } else if (cellLines != null) {
      cellLines.add(done);
    }
  }

  private void startRun() {
    runs++;
    bold = false;
    italic = false;
  }

  private boolean inRunProperties() {
    return "rPr".equals(parent()) && open.size() >= 3 && "r".equals(grandparent());
  }

  private void text(String text) {
    if (line == null) {
      return;
    }
    line.append(text, bold, italic, runs);
    if (cellLines != null) {
      cellChars += text.length();
    }
    if (line.length() > MAX_CELL_CHARS || cellChars > MAX_CELL_CHARS) {
      throw new SourceRefused("import.cell-too-long", whereText(), MAX_CELL_CHARS);
    }
  }

  /** Where the text being read stands: a cell of the top-level table, or a paragraph. */
  private SourceRefused.Text whereText() {
    if (tables == 0) {
      return SourceRefused.Text.of("import.where.paragraph", paragraphs + 1);
    }
    return where(row == null ? 1 : row.size() + 1);
  }

  /** A column of the row being read, in its table. */
  private SourceRefused.Text where(int column) {
    return Cell.where(Grid.Kind.DOCX, table(), tableRow, column);
  }

  private String table() {
    return String.valueOf(tableNumber);
  }

  private String parent() {
    return open.size() >= 2 ? secondOf(open) : null;
  }

  private String grandparent() {
    var it = open.iterator();
    it.next();
    it.next();
    return it.next();
  }

  private static String secondOf(Deque<String> stack) {
    var it = stack.iterator();
    it.next();
    return it.next();
  }

  private static int gridValue(XMLStreamReader xml) {
    String val = attribute(xml, "val");
    try {
      return val == null ? 0 : Math.max(0, Integer.parseInt(val.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** {@code w:b}, {@code w:b w:val="1|true|on"}: on; {@code "0|false|off"}: off. */
  private static boolean isOn(XMLStreamReader xml) {
    String val = attribute(xml, "val");
    return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
  }

  private static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (localName.equals(xml.getAttributeLocalName(i))
          && W.contains(String.valueOf(xml.getAttributeNamespace(i)))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }
}
