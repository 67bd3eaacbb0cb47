package org.declgen.template.docx.layout;

import java.util.List;

/**
 * A table of the body as the page layout sees it.
 *
 * @param number its position among the document's tables, from 1 (as the runtime calls name it)
 * @param topRule the rule above its first row, in points
 * @param rows its template rows, in order
 */
public record TableLayout(int number, double topRule, List<RowLayout> rows) {
  public TableLayout {
    rows = List.copyOf(rows);
  }
}
