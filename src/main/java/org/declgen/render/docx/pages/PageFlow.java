package org.declgen.render.docx.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declgen.internal.StringBuilderWriter;
import org.declgen.template.docx.layout.BlockPlace;
import org.declgen.template.docx.layout.BodyParagraph;
import org.declgen.template.docx.layout.CellLayout;
import org.declgen.template.docx.layout.Merge;
import org.declgen.template.docx.layout.PrintLayout;
import org.declgen.template.docx.layout.RowLayout;
import org.declgen.template.docx.layout.TableLayout;

/**
 * Decides the pages of a form as its main document is printed, and writes it. The compiled template
 * tells when each body paragraph, table row and table is printed; this writer holds what was
 * printed since the last such call, measures it (the template's own text as compiled, values as
 * they were printed) and places it: on the current page when it fits, else on a new page — the
 * table closed, a paragraph that starts a page, the table opened again with its heading rows and
 * the labels of its merged columns printed again. A row taller than a page is split between its
 * lines, its label cells repeated on every part. The rows of a list item printed in several rows go
 * on one page.
 *
 * <p>Pages are filled to {@link PrintLayout#capacity()}, short of the page's end, so an office
 * suite that sets a line a little differently still keeps each row on the page planned for it.
 * Nothing here depends on time or on where it runs: the same form gives the same bytes.
 */
public final class PageFlow extends StringBuilderWriter {
  /**
   * The paragraph between two pages' tables: it starts a page (so a table that filled the page
   * before does not leave a blank page, as a page break at its end would) and is 0.7 pt high.
   */
  static final String PAGE_START =
      "<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"14\""
          + " w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>";

  /** The height of {@link #PAGE_START}. */
  static final double PAGE_START_HEIGHT = 0.7;

  private static final String TABLE_END = "</w:tbl>";
  private static final double EPSILON = 1e-6;

  /**
   * A row taller than a page starts on the page in hand when this share of it is left (else on a
   * new page): it is split in any case, and a person would not leave a third of a page empty.
   */
  private static final double SPLIT_HERE = 1 / 3.0;

  /** The most of a page the rows of one list item are kept together on. */
  private static final double KEPT_SHARE = 0.5;

  private static final int[] NO_COLUMNS = new int[0];

  private final PrintLayout layout;
  private final double capacity;

  /**
   * Where what was printed since the last call starts in {@link #out}, the document: before it what
   * is placed, after it the row or paragraph the next call ends. The template prints straight into
   * it, so a row that stays where it was printed (most do) is never copied.
   */
  private int pending;

  private final MergeGroups merges = new MergeGroups();
  private final Bookmarks bookmarks = new Bookmarks();
  private final List<PrintedRow> held = new ArrayList<>();
  private final Map<Integer, PrintedRow> headings = new HashMap<>();

  private double used;
  private boolean pageHasContent;

  private TableLayout table;
  private String tableStart;
  private boolean tableOpenOnPage;
  private int[][] columns;
  private int[][] spans;

  /** Per template row, the arrays a printed row is measured into, reused from row to row. */
  private double[][] contents;

  private MergeGroups.Part[][] partsOf;
  private boolean[][] flowsOf;
  private double[] cellHeights = new double[0];
  private boolean[] cellFlows = new boolean[0];
  private int[] groupedColumns = NO_COLUMNS;
  private boolean[] groupedStarts = new boolean[0];

  public PageFlow(PrintLayout layout) {
    super(64 * 1024);
    this.layout = layout;
    this.capacity = layout.capacity();
  }

  /** The main document as printed, with its pages decided. */
  public String document() {
    return out.toString();
  }

  // ---------------------------------------------------------------- what the template announces

  /** A table of the body starts; what is printed up to its first row opens it. */
  public void tableStart(int number) {
    TableLayout t = layout.tables().get(number);
    if (t == null) {
      return;
    }
    pending = out.length();
    table = t;
    tableStart = null;
    tableOpenOnPage = false;
    held.clear();
    headings.clear();
    int rows = t.rows().size();
    columns = new int[rows][];
    spans = new int[rows][];
    contents = new double[rows][];
    partsOf = new MergeGroups.Part[rows][];
    flowsOf = new boolean[rows][];
    int widest = 0;
    for (int r = 0; r < rows; r++) {
      List<CellLayout> cells = t.rows().get(r).cells();
      columns[r] = new int[cells.size()];
      spans[r] = new int[cells.size()];
      contents[r] = new double[cells.size()];
      partsOf[r] = new MergeGroups.Part[cells.size()];
      flowsOf[r] = new boolean[cells.size()];
      for (int i = 0; i < cells.size(); i++) {
        columns[r][i] = cells.get(i).column();
        spans[r][i] = cells.get(i).span();
      }
      widest = Math.max(widest, cells.size());
    }
    cellHeights = new double[widest];
    cellFlows = new boolean[widest];
  }

  /** The table's rows are all printed; what follows closes it. */
  public void tableEnd(int number) {
    if (table == null || table.number() != number) {
      return;
    }
    String after = takePending();
    List<PrintedRow> rest = new ArrayList<>(held);
    held.clear();
    for (PrintedRow r : rest) {
      place(r);
    }
    if (!tableOpenOnPage && tableStart != null) {
      out.append(tableStart);
    }
    out.append(after);
    pending = out.length();
    used += merges.end();
    table = null;
  }

  /** Which {@code <@vmerge/>} cells of the row being printed start a new group. */
  public void groupedMerges(int number, int[] columns, boolean[] starts) {
    if (table != null && table.number() == number) {
      groupedColumns = columns;
      groupedStarts = starts;
    }
  }

  /**
   * A value was printed into a paragraph at {@code place}, {@code height} points high.
   *
   * @param flows whether it is a long text, which a row taller than a page splits between its parts
   *     (a short value is repeated on each part instead)
   */
  public void printed(BlockPlace place, double height, boolean flows) {
    if (table == null || place.table() != table.number()) {
      return;
    }
    int cell = place.cell();
    if (!table.rows().get(place.row()).cells().get(cell).scanned()) {
      cellHeights[cell] += height;
    }
    cellFlows[cell] |= flows;
  }

  /** A row of the current table is printed: it is measured and placed. */
  public void rowEnd(int number, int index) {
    if (table == null || table.number() != number) {
      return;
    }
    int start = pending;
    if (tableStart == null) {
      start = firstRow(out, pending);
      tableStart = out.substring(pending, start);
    }
    PrintedRow row = measure(index, start);
    groupedColumns = NO_COLUMNS;
    if (start == pending && !row.layout().heading() && !keptWithNext(row) && placedWhereItIs(row)) {
      pending = out.length();
      return;
    }
    // The row leaves the document, to be placed after what has to come first (or held).
    row = row.withXml(out.substring(start));
    out.setLength(pending);
    if (row.layout().heading() || keptWithNext(row)) {
      held.add(row.kept());
    } else {
      place(row);
    }
    pending = out.length();
  }

  /**
   * Whether a row of a list item printed in several rows waits for the next, to share its page:
   * while the rows held take at most {@link #KEPT_SHARE} of a page — a taller item is left to break
   * between its rows, and a row taller than a page to be split.
   */
  private boolean keptWithNext(PrintedRow row) {
    if (!row.layout().keepWithNext()) {
      return false;
    }
    double height = row.height();
    for (PrintedRow h : held) {
      height += h.height();
    }
    return height <= nextPage(row) * KEPT_SHARE;
  }

  /**
   * Places a row on the current page where it was printed, when nothing has to come before it (the
   * table open on the page, no heading waiting) and it fits without a label printed again; else
   * false, and the row is as it was.
   */
  private boolean placedWhereItIs(PrintedRow r) {
    if (!tableOpenOnPage || !held.isEmpty()) {
      return false;
    }
    PrintedRow resolved = resolveContinuations(r);
    if (!fits(resolved) || labelsOnNewPage(resolved)) {
      return false;
    }
    record(resolved, pending, false);
    return true;
  }

  /** What was printed since the last call, taken out of the document. */
  private String takePending() {
    String taken = out.substring(pending);
    out.setLength(pending);
    return taken;
  }

  /** The body paragraph printed since the last call: the page runs on by its height. */
  public void paragraphEnd(int paragraph) {
    if (table != null) {
      return;
    }
    BodyParagraph p = layout.paragraphs().get(paragraph);
    double height = p.height();
    if (p.scanned()) {
      height = 0;
      for (String text : RowXml.paragraphTexts(out, pending, out.length())) {
        height += p.look().height(text, layout.page().width());
      }
    }
    if (p.startsPage()) {
      used = 0;
      pageHasContent = false;
      merges.newPage();
    }
    used += height;
    if (used > layout.page().height()) {
      used -= layout.page().height();
    }
    pageHasContent |= height >= 1;
    pending = out.length();
  }

  /** Where the first row starts in what opens a table, printed from {@code from} on. */
  private static int firstRow(StringBuilder xml, int from) {
    for (int at = xml.indexOf("<w:tr", from); at >= 0; at = xml.indexOf("<w:tr", at + 1)) {
      char after = xml.charAt(at + 5);
      if (after == '>' || after == ' ') {
        return at;
      }
    }
    return from;
  }

  // ---------------------------------------------------------------- measuring

  /**
   * The row printed from {@code start} to the end of the document, measured; its XML not yet kept.
   */
  private PrintedRow measure(int index, int start) {
    RowLayout row = table.rows().get(index);
    List<CellLayout> cells = row.cells();
    int n = cells.size();
    List<RowXml.Span> scannedCells = null;
    double[] content = contents[index];
    MergeGroups.Part[] parts = partsOf[index];
    boolean[] flows = flowsOf[index];
    for (int i = 0; i < n; i++) {
      CellLayout c = cells.get(i);
      double height = cellHeights[i] + c.fixedHeight();
      if (c.scanned()) {
        scannedCells = scannedCells == null ? RowXml.cells(out, start, out.length()) : scannedCells;
        height = i < scannedCells.size() ? scannedHeight(c, scannedCells.get(i)) : 0;
      }
      content[i] = height + c.margins();
      parts[i] = part(c);
      flows[i] = cellFlows[i];
      cellHeights[i] = 0;
      cellFlows[i] = false;
    }
    return new PrintedRow(
        index,
        row,
        null,
        parts,
        content,
        flows,
        ownHeight(row, parts, content),
        columns[index],
        spans[index]);
  }

  private double scannedHeight(CellLayout c, RowXml.Span cell) {
    double height = 0;
    for (String text : RowXml.paragraphTexts(out, cell.start(), cell.end())) {
      height += c.look().height(text, c.width());
    }
    return height;
  }

  private MergeGroups.Part part(CellLayout c) {
    Merge merge = c.merge();
    if (merge == Merge.GROUPED) {
      merge = Merge.CONTINUE;
      for (int k = 0; k < groupedColumns.length; k++) {
        if (groupedColumns[k] == c.column() && groupedStarts[k]) {
          merge = Merge.RESTART;
        }
      }
    }
    return switch (merge) {
      case RESTART -> MergeGroups.Part.STARTS;
      case CONTINUE -> MergeGroups.Part.CONTINUES;
      default -> MergeGroups.Part.OWN;
    };
  }

  /** A row's height from its own cells (not the labels it starts or continues). */
  static double ownHeight(RowLayout row, MergeGroups.Part[] parts, double[] content) {
    double tallest = 0;
    for (int i = 0; i < parts.length; i++) {
      CellLayout c = row.cells().get(i);
      tallest = Math.max(tallest, parts[i] == MergeGroups.Part.OWN ? content[i] : c.margins());
    }
    if (row.exactHeight()) {
      tallest = row.minHeight();
    }
    return Math.max(tallest, row.minHeight()) + row.rule();
  }

  // ---------------------------------------------------------------- placing

  private void place(PrintedRow r) {
    PrintedRow resolved = resolveContinuations(r);
    if (fits(resolved)) {
      emitHeld();
      emit(resolved, false);
      return;
    }
    boolean tallerThanAPage = resolved.height() + merges.extra(resolved) > nextPage(r);
    if (pageHasContent && !(tallerThanAPage && roomLeft() >= capacity * SPLIT_HERE)) {
      breakPage();
      repeatHeadings(r);
      resolved = resolveContinuations(r);
      if (fits(resolved)) {
        emitHeld();
        emit(resolved, false);
        return;
      }
    }
    split(resolved);
  }

  /** What is left of the current page for rows: less the table's top rule when it starts here. */
  private double roomLeft() {
    double need = tableOpenOnPage ? 0 : table.topRule();
    for (PrintedRow h : held) {
      need += h.height();
    }
    return capacity - used - need;
  }

  /** What a new page leaves for a row: less the paragraph that starts it and the headings. */
  private double nextPage(PrintedRow r) {
    return capacity - PAGE_START_HEIGHT - table.topRule() - headingsHeight(r);
  }

  /** Cells that continue nothing (their group ended, or never began) count as the row's own. */
  private PrintedRow resolveContinuations(PrintedRow r) {
    MergeGroups.Part[] parts = null;
    for (int i = 0; i < r.parts().length; i++) {
      if (r.parts()[i] == MergeGroups.Part.CONTINUES && !merges.has(r.columns()[i])) {
        parts = parts == null ? r.parts().clone() : parts;
        parts[i] = MergeGroups.Part.OWN;
      }
    }
    return parts == null ? r : r.withParts(parts, ownHeight(r.layout(), parts, r.content()));
  }

  private boolean fits(PrintedRow r) {
    return r.height() + merges.extra(r) <= roomLeft() + EPSILON;
  }

  private void emitHeld() {
    if (held.isEmpty()) {
      return;
    }
    List<PrintedRow> rows = new ArrayList<>(held);
    held.clear();
    for (PrintedRow h : rows) {
      emit(resolveContinuations(h), false);
    }
  }

  /**
   * Prints a row on the current page.
   *
   * @param repeated whether it is a heading row printed again above the rows it heads: its cells
   *     end no merge of the rows below (only its own labels start theirs again)
   */
  private void emit(PrintedRow r, boolean repeated) {
    if (!tableOpenOnPage) {
      out.append(tableStart);
      used += table.topRule();
      tableOpenOnPage = true;
    }
    int from = out.length();
    out.append(withLabelsOnNewPage(r));
    record(r, from, repeated);
  }

  /**
   * Records a row printed on the current page from {@code from} to the end of the document: the
   * merges it starts, continues and ends, and the height it takes.
   */
  private void record(PrintedRow r, int from, boolean repeated) {
    Label[] labels = null;
    MergeGroups.Part[] parts = r.parts();
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] == MergeGroups.Part.STARTS) {
        labels = labels == null ? new Label[parts.length] : labels;
        labels[i] = new Label(out, from, out.length(), i);
      } else if (repeated) {
        parts = parts == r.parts() ? parts.clone() : parts;
        parts[i] = MergeGroups.Part.BESIDE;
      }
    }
    used += merges.add(parts == r.parts() ? r : r.withParts(parts, r.height()), labels);
    used += r.height();
    pageHasContent = true;
    if (r.layout().heading()) {
      headings.put(r.index(), r.kept());
    }
  }

  /** Whether the row has cells that continue a group from the page before (see below). */
  private boolean labelsOnNewPage(PrintedRow r) {
    for (int i = 0; i < r.parts().length; i++) {
      if (r.parts()[i] == MergeGroups.Part.CONTINUES && merges.startsPage(r.columns()[i])) {
        return true;
      }
    }
    return false;
  }

  /** The row, its cells that continue a group from the page before printed as the group's label. */
  private CharSequence withLabelsOnNewPage(PrintedRow r) {
    StringBuilder replaced = null;
    List<RowXml.Span> cells = null;
    for (int i = r.parts().length - 1; i >= 0; i--) {
      int column = r.columns()[i];
      if (r.parts()[i] == MergeGroups.Part.CONTINUES && merges.startsPage(column)) {
        cells = cells == null ? RowXml.cells(r.xml()) : cells;
        RowXml.Span s = cells.get(i);
        replaced = replaced == null ? new StringBuilder(r.xml()) : replaced;
        replaced.replace(s.start(), s.end(), merges.label(column));
      }
    }
    return replaced == null ? r.xml() : replaced;
  }

  /** Ends the page: closes the table part on it and starts the next page. */
  private void breakPage() {
    if (tableOpenOnPage) {
      out.append(TABLE_END);
      tableOpenOnPage = false;
    }
    out.append(PAGE_START);
    used = PAGE_START_HEIGHT;
    pageHasContent = false;
    merges.newPage();
  }

  /**
   * Prints the heading rows a row needs above it on a new page, but those waiting to go with it.
   */
  private void repeatHeadings(PrintedRow r) {
    for (int index : r.layout().repeat()) {
      PrintedRow heading = headings.get(index);
      if (heading != null && held.stream().noneMatch(h -> h.index() == index)) {
        emit(resolveContinuations(heading), true);
      }
    }
  }

  // ---------------------------------------------------------------- rows taller than a page

  /**
   * Prints a row taller than what is left of the page in parts, between its lines: long texts run
   * on from part to part, the other cells (names, amounts, labels) are printed again on each.
   */
  private void split(PrintedRow r) {
    double first = roomLeft();
    emitHeld();
    List<PrintedRow> parts = RowSplit.split(r, first, nextPage(r), bookmarks);
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        breakPage();
        repeatHeadings(r);
      }
      emit(resolveContinuations(parts.get(i)), false);
    }
  }

  private double headingsHeight(PrintedRow r) {
    double height = 0;
    for (int index : r.layout().repeat()) {
      PrintedRow heading = headings.get(index);
      height += heading == null ? 0 : heading.height();
    }
    return height;
  }
}
