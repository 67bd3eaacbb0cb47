package org.declgen.importer;

import java.util.List;

/**
 * One cell of a source grid (or a text line outside any table). A merged cell is one instance that
 * occupies every grid position it covers, so cells are compared by identity.
 *
 * @param text the cell's text, lines joined with {@code \n}, outer whitespace removed
 * @param markdown the same text in Markdown-light, as long texts are kept: list items and bold or
 *     italic runs marked as the renderer reads them; equal to {@code text} for sources without
 *     formatting
 * @param row where the source shows it: sheet or table row, or the line/paragraph number, from 1
 * @param column the source column from 1; 0 for text outside tables
 * @param part what {@code row} counts in when a source has several: the sheet's name in a workbook,
 *     the table's number in a Word document; empty when rows are counted through the whole source
 */
public record Cell(String text, String markdown, int row, int column, String part) {
  public Cell {
    text = CellText.clean(text);
    markdown = markdown == null ? text : CellText.clean(markdown);
    part = part == null ? "" : part;
  }

  public Cell(String text, String markdown, int row, int column) {
    this(text, markdown, row, column, "");
  }

  public Cell(String text, int row, int column) {
    this(text, null, row, column);
  }

  /** A blank cell at another column of this cell's row. */
  Cell blankAt(int otherColumn) {
    return new Cell("", null, row, otherColumn, part);
  }

  /** Where the source shows this cell, as a person looking at the source finds it. */
  SourceRefused.Text where(Grid.Kind kind) {
    if (column == 0) {
      return SourceRefused.Text.of(
          kind == Grid.Kind.MARKDOWN ? "import.where.line" : "import.where.paragraph", row);
    }
    return where(kind, part, row, column);
  }

  /** A cell's position: its sheet or table when the source has several, its row and column. */
  static SourceRefused.Text where(Grid.Kind kind, String part, int row, int column) {
    if (part.isEmpty()) {
      return SourceRefused.Text.of("import.where.cell", row, columnLetter(column));
    }
    return kind == Grid.Kind.XLSX
        ? SourceRefused.Text.of(
            "import.where.sheet-cell", part, String.valueOf(row), columnLetter(column))
        : SourceRefused.Text.of("import.where.table-cell", part, row, columnLetter(column));
  }

  /** A Word cell from its paragraphs. */
  static Cell of(List<FormattedLine> lines, int row, int column, String part) {
    StringBuilder text = new StringBuilder();
    StringBuilder markdown = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        text.append('\n');
        markdown.append('\n');
      }
      text.append(lines.get(i).plain());
      markdown.append(lines.get(i).markdown());
    }
    return new Cell(text.toString(), markdown.toString(), row, column, part);
  }

  /**
   * This cell with the text of a cell below it that goes on from it (the next part of a row split
   * between pages), as one cell where this one stands; named where its text starts, so below when
   * this one is blank.
   *
   * @param joined whether the first line below goes on from this cell's last line
   */
  Cell followedBy(Cell below, boolean joined) {
    if (isBlank()) {
      return new Cell(below.text, below.markdown, below.row, below.column, below.part);
    }
    String separator = joined ? "" : "\n";
    return new Cell(
        text + separator + below.text, markdown + separator + below.markdown, row, column, part);
  }

  public boolean isBlank() {
    return text.isEmpty();
  }

  /** The column as a spreadsheet letter: 1 → A, 27 → AA. */
  public String columnLetter() {
    return columnLetter(column);
  }

  static String columnLetter(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
