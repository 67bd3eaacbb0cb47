package org.declgen.template.docx.layout;

import java.util.List;

/**
 * One row of a template table as the page layout sees it.
 *
 * @param heading whether it heads what follows (a {@code w:tblHeader} row, or the first rows of a
 *     block whose label column is merged down): it is kept on the page of the row after it, and
 *     printed again on every page the block continues on
 * @param keepWithNext whether it is kept on the page of the row after it without heading it: a row
 *     of a list item that several rows print
 * @param repeat the template rows (indexes in the table, from 0) printed again above this row when
 *     it starts a page: the table's heading rows and its block's, in table order
 * @param minHeight the least height the template asks for the row ({@code w:trHeight}), in points
 * @param exactHeight whether that height is exact (the row neither grows nor splits)
 * @param rule the rule under the row, in points
 * @param cells its cells, left to right
 */
public record RowLayout(
    boolean heading,
    boolean keepWithNext,
    List<Integer> repeat,
    double minHeight,
    boolean exactHeight,
    double rule,
    List<CellLayout> cells) {
  public RowLayout {
    repeat = List.copyOf(repeat);
    cells = List.copyOf(cells);
  }
}
