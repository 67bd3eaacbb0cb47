package org.declgen.importer;

/**
 * One cell of a source grid (or a text line outside any table). A merged cell is one instance that
 * occupies every grid position it covers, so cells are compared by identity.
 *
 * @param text the cell's text, lines joined with {@code \n}, outer whitespace removed
 * @param row where the source shows it: sheet or table row, or the line/paragraph number, from 1
 * @param column the source column from 1; 0 for text outside tables
 */
public record Cell(String text, int row, int column) {
  public Cell {
    text = CellText.clean(text);
  }

  public boolean isBlank() {
    return text.isEmpty();
  }

  /** The column as a spreadsheet letter: 1 → A, 27 → AA. */
  public String columnLetter() {
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
