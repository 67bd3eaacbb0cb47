package org.declgen.render.docx.pages;

/**
 * A label cell as printed: a cell of a row already written to the document, read back only when a
 * new page needs it again — most labels never are, and a render does not copy them.
 */
final class Label {
  private final CharSequence document;
  private final int from;
  private final int to;
  private final int cell;
  private String xml;

  /**
   * @param document the document being written (only ever appended to)
   * @param from where the row starts in it
   * @param to where the row ends in it
   * @param cell the cell's position in the row, from 0
   */
  Label(CharSequence document, int from, int to, int cell) {
    this.document = document;
    this.from = from;
    this.to = to;
    this.cell = cell;
  }

  /** The cell's XML, label text and merge start included. */
  String xml() {
    if (xml == null) {
      RowXml.Span s = RowXml.cells(document, from, to).get(cell);
      xml = document.subSequence(s.start(), s.end()).toString();
    }
    return xml;
  }
}
