package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.layout.BlockPlace;
import org.declgen.template.docx.layout.BodyParagraph;
import org.declgen.template.docx.layout.CellLayout;
import org.declgen.template.docx.layout.Merge;
import org.declgen.template.docx.layout.PageFrame;
import org.declgen.template.docx.layout.PrintLayout;
import org.declgen.template.docx.layout.RowLayout;
import org.declgen.template.docx.layout.TableLayout;
import org.declgen.template.docx.layout.TextLook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads what deciding pages needs from a template whose markup is placed: the page's text block
 * from the section properties; for each table of the body its rules, and for each row its cells'
 * widths, margins, merges and the height of the text the template itself holds; which rows head a
 * block (a {@code w:tblHeader} row, or the first rows of a block whose label column is merged down)
 * and are printed again where the block continues on a new page; and the look of every body
 * paragraph and of every paragraph that prints a value.
 */
final class LayoutReader {
  /** A4 portrait with one-inch margins, for a body without section properties. */
  private static final PageFrame DEFAULT_PAGE = new PageFrame(451.3, 697.9);

  /** The layout, and where in it the document's parts are, for wiring the runtime calls. */
  record Plan(
      PrintLayout layout,
      Map<Element, Integer> tables,
      List<Element> paragraphs,
      Map<Element, BlockPlace> places) {}

  private final Document document;
  private final StyleSheet styles;
  private final Set<Element> blocks;
  private final Map<Element, Element> blockRuns;
  private final Set<Element> grouped;
  private final Set<Element> continuations;
  private final Set<Element> keptWithNext;
  private final Map<Element, BlockPlace> places = new IdentityHashMap<>();

  /**
   * @param blocks the paragraphs that hold a single value, each with the run whose look it keeps
   * @param grouped the {@code <@vmerge/>} cells
   * @param continuations the empty cells printed under a {@code <@vmerge/>} cell that continues
   */
  private LayoutReader(
      Document document,
      StyleSheet styles,
      Map<Element, Element> blocks,
      Set<Element> grouped,
      Set<Element> continuations,
      Set<Element> keptWithNext) {
    this.document = document;
    this.styles = styles;
    this.blocks = blocks.keySet();
    this.blockRuns = blocks;
    this.grouped = grouped;
    this.continuations = continuations;
    this.keptWithNext = keptWithNext;
  }

  static Plan read(
      Document document,
      StyleSheet styles,
      Map<Element, Element> blocks,
      Set<Element> grouped,
      Set<Element> continuations,
      Set<Element> keptWithNext) {
    return new LayoutReader(document, styles, blocks, grouped, continuations, keptWithNext).plan();
  }

  private Plan plan() {
    Element body = WordXml.firstChild(document.getDocumentElement(), "body");
    PageFrame page = page(body == null ? null : WordXml.firstChild(body, "sectPr"));
    Map<Element, Integer> tableNumbers = new LinkedHashMap<>();
    Map<Integer, TableLayout> tables = new LinkedHashMap<>();
    List<Element> all = WordXml.descendants(document, "tbl");
    for (int i = 0; i < all.size(); i++) {
      Element table = all.get(i);
      if (WordXml.ancestor(table, "tc") == null) {
        tableNumbers.put(table, i + 1);
        tables.put(i + 1, table(table, i + 1));
      }
    }
    List<Element> paragraphs = new ArrayList<>();
    List<BodyParagraph> bodyParagraphs = new ArrayList<>();
    for (Element p : WordXml.descendants(document, "p")) {
      if (WordXml.ancestor(p, "tc") == null && WordXml.ancestor(p, "txbxContent") == null) {
        paragraphs.add(p);
        bodyParagraphs.add(bodyParagraph(p, page));
        if (blocks.contains(p)) {
          places.put(p, new BlockPlace(0, 0, 0, page.width(), blockLook(p, null)));
        }
      }
    }
    PrintLayout layout = new PrintLayout(page, PrintLayout.FILL, tables, bodyParagraphs);
    return new Plan(layout, tableNumbers, paragraphs, places);
  }

  private BodyParagraph bodyParagraph(Element p, PageFrame page) {
    boolean scanned = blocks.contains(p) || TemplateSnippets.holdsMarker(WordXml.text(p));
    TextLook look = blocks.contains(p) ? blockLook(p, null) : styles.look(p, textRuns(p), null);
    double height = scanned ? 0 : look.height(text(p), page.width());
    return new BodyParagraph(look, height, scanned, startsPage(p));
  }

  /** A page break before the paragraph, or in it. */
  private static boolean startsPage(Element p) {
    Element before = StyleSheet.path(p, "pPr", "pageBreakBefore");
    String val = StyleSheet.attribute(before, "val");
    if (before != null && (val == null || StyleSheet.on(val))) {
      return true;
    }
    for (Element br : WordXml.descendants(p, "br")) {
      if ("page".equals(StyleSheet.attribute(br, "type"))) {
        return true;
      }
    }
    return false;
  }

  private static PageFrame page(Element section) {
    Element size = StyleSheet.child(section, "pgSz");
    Element margins = StyleSheet.child(section, "pgMar");
    if (size == null || margins == null) {
      return DEFAULT_PAGE;
    }
    double width =
        twips(size, "w")
            - twips(margins, "left")
            - twips(margins, "right")
            - twips(margins, "gutter");
    double height =
        twips(size, "h") - Math.abs(twips(margins, "top")) - Math.abs(twips(margins, "bottom"));
    if (width <= 0 || height <= 0) {
      return DEFAULT_PAGE;
    }
    return new PageFrame(width, height);
  }

  private static double twips(Element element, String name) {
    String value = StyleSheet.attribute(element, name);
    return value == null ? 0 : StyleSheet.number(value) * StyleSheet.TWIP;
  }

  // ---------------------------------------------------------------- tables

  private TableLayout table(Element table, int number) {
    StyleSheet.TableLook look = styles.table(table);
    double[] grid = grid(table);
    List<Element> rows = WordXml.children(table, "tr");
    List<List<Cell>> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      cells.add(cells(rows.get(r), number, r, grid, look));
    }
    Headings headings = new Headings(rows, cells);
    List<RowLayout> layouts = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Element trPr = WordXml.firstChild(rows.get(r), "trPr");
      Element height = StyleSheet.child(trPr, "trHeight");
      String rule = StyleSheet.attribute(height, "hRule");
      double min = height == null ? 0 : twips(height, "val");
      List<CellLayout> row = cells.get(r).stream().map(Cell::layout).toList();
      layouts.add(
          new RowLayout(
              headings.isHeading(r),
              keptWithNext.contains(rows.get(r)),
              headings.repeat(r),
              min,
              "exact".equals(rule) && min > 0,
              look.rowRule(),
              row));
    }
    return new TableLayout(number, look.topRule(), layouts);
  }

  private static double[] grid(Element table) {
    Element tblGrid = WordXml.firstChild(table, "tblGrid");
    List<Element> columns = tblGrid == null ? List.of() : WordXml.children(tblGrid, "gridCol");
    double[] widths = new double[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = twips(columns.get(i), "w");
    }
    return widths;
  }

  /** A cell as read: its layout, and whether it holds anything but the template's own text. */
  private record Cell(CellLayout layout, boolean holdsMarkup) {}

  private List<Cell> cells(
      Element row, int table, int rowIndex, double[] grid, StyleSheet.TableLook look) {
    List<Cell> cells = new ArrayList<>();
    Element trPr = WordXml.firstChild(row, "trPr");
    String before = StyleSheet.attribute(StyleSheet.child(trPr, "gridBefore"), "val");
    int column = before == null ? 0 : (int) StyleSheet.number(before);
    for (Element tc : WordXml.children(row, "tc")) {
      if (continuations.contains(tc)) {
        continue;
      }
      Element tcPr = WordXml.firstChild(tc, "tcPr");
      String spanText = StyleSheet.attribute(StyleSheet.child(tcPr, "gridSpan"), "val");
      int span = spanText == null ? 1 : Math.max(1, (int) StyleSheet.number(spanText));
      double[] margins = StyleSheet.cellMargins(tc, look.margins());
      double width = Math.max(1, cellWidth(tc, grid, column, span) - margins[1] - margins[3]);
      cells.add(
          cell(tc, table, rowIndex, cells.size(), column, span, width, margins, look.style()));
      column += span;
    }
    return cells;
  }

  private static double cellWidth(Element tc, double[] grid, int column, int span) {
    double width = 0;
    for (int i = column; i < column + span && i < grid.length; i++) {
      width += grid[i];
    }
    Element tcW = StyleSheet.path(tc, "tcPr", "tcW");
    String type = StyleSheet.attribute(tcW, "type");
    double own = tcW != null && (type == null || type.equals("dxa")) ? twips(tcW, "w") : 0;
    if (width <= 0) {
      return own;
    }
    return own > 0 ? Math.min(width, own) : width;
  }

  private Cell cell(
      Element tc,
      int table,
      int row,
      int index,
      int column,
      int span,
      double width,
      double[] margins,
      String tableStyle) {
    Merge merge = merge(tc);
    boolean scanned = !WordXml.children(tc, "tbl").isEmpty() || holdsMarker(tc);
    boolean markup = scanned;
    double fixed = 0;
    TextLook largest = null;
    for (Element p : WordXml.children(tc, "p")) {
      boolean block = blocks.contains(p);
      TextLook look = block ? blockLook(p, tableStyle) : styles.look(p, textRuns(p), tableStyle);
      largest = larger(largest, look);
      if (block) {
        markup = true;
        places.put(p, new BlockPlace(table, row, index, width, look));
      } else if (TemplateSnippets.holdsMarker(WordXml.text(p))) {
        scanned = true;
        markup = true;
      } else {
        fixed += look.height(text(p), width);
      }
    }
    if (largest == null) {
      largest = TextLook.of(10, 14.5);
    }
    double height = merge == Merge.CONTINUE || scanned ? 0 : fixed;
    CellLayout layout =
        new CellLayout(
            column, span, width, margins[0] + margins[2], merge, height, largest, scanned);
    return new Cell(layout, markup);
  }

  private Merge merge(Element tc) {
    if (grouped.contains(tc)) {
      return Merge.GROUPED;
    }
    Element vMerge = StyleSheet.path(tc, "tcPr", "vMerge");
    if (vMerge == null) {
      return Merge.NONE;
    }
    String val = StyleSheet.attribute(vMerge, "val");
    return "restart".equals(val) ? Merge.RESTART : Merge.CONTINUE;
  }

  private TextLook blockLook(Element p, String tableStyle) {
    Element run = blockRuns.get(p);
    return styles.look(p, run == null ? List.of() : List.of(run), tableStyle);
  }

  private static TextLook larger(TextLook a, TextLook b) {
    if (a == null) {
      return b;
    }
    return b.lineHeight() > a.lineHeight()
            || b.lineHeight() == a.lineHeight() && b.size() > a.size()
        ? b
        : a;
  }

  /** Directives between a cell's paragraphs: its paragraphs are only known once printed. */
  private static boolean holdsMarker(Element tc) {
    for (Node n = tc.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE && TemplateSnippets.holdsMarker(n.getNodeValue())) {
        return true;
      }
    }
    return false;
  }

  /** The runs of a paragraph that show text. */
  private static List<Element> textRuns(Element p) {
    List<Element> runs = new ArrayList<>();
    for (Element r : WordXml.descendants(p, "r")) {
      if (!WordXml.descendants(r, "t").isEmpty()) {
        runs.add(r);
      }
    }
    return runs;
  }

  /** A paragraph's text as it is set: line breaks as {@code \n}, tabs as {@code \t}. */
  static String text(Element p) {
    StringBuilder text = new StringBuilder();
    appendText(p, text);
    return text.toString();
  }

  private static void appendText(Element e, StringBuilder text) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if (WordXml.is(child, "t")) {
          text.append(child.getTextContent());
        } else if (WordXml.is(child, "br") || WordXml.is(child, "cr")) {
          text.append('\n');
        } else if (WordXml.is(child, "tab")) {
          text.append('\t');
        } else if (!WordXml.is(child, "pPr") && !WordXml.is(child, "rPr")) {
          appendText(child, text);
        }
      }
    }
  }

  // ---------------------------------------------------------------- headings

  /**
   * Which rows head what follows: the {@code w:tblHeader} rows at the top of the table, and in a
   * block whose label column is merged down in the template, its first row and the rows after it up
   * to the first that holds a value. They are printed again where the table or block continues.
   */
  private static final class Headings {
    private final Set<Integer> tableHeadings = new TreeSet<>();
    private final List<int[]> blocks = new ArrayList<>();
    private final Map<Integer, Set<Integer>> blockHeadings = new LinkedHashMap<>();

    Headings(List<Element> rows, List<List<Cell>> cells) {
      for (int r = 0; r < rows.size() && isTableHeading(rows.get(r)); r++) {
        tableHeadings.add(r);
      }
      for (int r = 0; r < cells.size(); r++) {
        for (Cell c : cells.get(r)) {
          if (c.layout().merge() == Merge.RESTART) {
            int end = blockEnd(cells, r, c.layout().column());
            blocks.add(new int[] {r, end});
            Set<Integer> heads = new TreeSet<>();
            for (int h = r; h <= end && !holdsMarkup(cells.get(h)); h++) {
              heads.add(h);
            }
            blockHeadings.put(blocks.size() - 1, heads);
          }
        }
      }
    }

    private static boolean isTableHeading(Element row) {
      Element header = StyleSheet.path(row, "trPr", "tblHeader");
      String val = StyleSheet.attribute(header, "val");
      return header != null && (val == null || StyleSheet.on(val));
    }

    /** The last row of the merge a label cell starts in a column. */
    private static int blockEnd(List<List<Cell>> cells, int start, int column) {
      int end = start;
      for (int r = start + 1; r < cells.size(); r++) {
        Cell c = at(cells.get(r), column);
        if (c == null || c.layout().merge() != Merge.CONTINUE) {
          break;
        }
        end = r;
      }
      return end;
    }

    private static Cell at(List<Cell> row, int column) {
      for (Cell c : row) {
        if (c.layout().column() == column) {
          return c;
        }
      }
      return null;
    }

    private static boolean holdsMarkup(List<Cell> row) {
      return row.stream().anyMatch(Cell::holdsMarkup);
    }

    boolean isHeading(int row) {
      return tableHeadings.contains(row)
          || blockHeadings.values().stream().anyMatch(h -> h.contains(row));
    }

    /** The heading rows above this one that a new page repeats before it. */
    List<Integer> repeat(int row) {
      Set<Integer> repeat = new TreeSet<>();
      for (int h : tableHeadings) {
        if (h < row) {
          repeat.add(h);
        }
      }
      for (int b = 0; b < blocks.size(); b++) {
        int[] block = blocks.get(b);
        if (block[0] < row && row <= block[1]) {
          for (int h : blockHeadings.get(b)) {
            if (h < row) {
              repeat.add(h);
            }
          }
        }
      }
      return List.copyOf(repeat);
    }
  }
}
