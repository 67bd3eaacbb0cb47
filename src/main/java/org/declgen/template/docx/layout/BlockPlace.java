package org.declgen.template.docx.layout;

/**
 * Where a paragraph that holds one value is set: the table cell it is in (table 0 for the body),
 * the width of its lines and its look. The renderer measures the value there as it prints it and
 * balances short values' lines.
 *
 * @param table the table's number, from 1; 0 for a body paragraph
 * @param row the template row in the table, from 0
 * @param cell the cell in the row, from 0
 * @param width the width the value is set in, in points
 */
public record BlockPlace(int table, int row, int cell, double width, TextLook look) {
  /** Whether the value is in a table cell rather than in the body. */
  public boolean inTable() {
    return table > 0;
  }
}
