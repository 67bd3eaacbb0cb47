package org.declgen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.declgen.form.DepartmentForm;

/**
 * Undoes the damage document converters do to the indicator block when they flatten merged cells
 * into pipe tables. Three general rules, each reported as a warning:
 *
 * <ol>
 *   <li>Header label shifted: the indicator header row (一级指标 / 二级指标 / 三级指标) must carry the block
 *       label 绩效指标 in its first column. When it carries a known 一级 label instead, that label was
 *       lifted out of the first data row: it goes back to that row's 一级 column (where the converter
 *       left a copy of the 二级 label next to it, the copy is dropped).
 *   <li>Cells shifted right: a row with text beyond the header's last column lost a cell before its
 *       trailing run of text; the blank cell just left of that run is removed.
 *   <li>二级 in the 一级 column: a known 二级 label (生态效益指标) standing alone in the 一级 column moves to the
 *       二级 column.
 * </ol>
 *
 * A table split mid-form needs no rule here: tables are read one after another into one grid, and a
 * repeated block label continues the block.
 */
final class ConverterRepair {
  private static final String INDICATORS = DepartmentForm.INDICATORS.label();
  private static final String LEVEL1 = DepartmentForm.INDICATORS.columns().level1();
  private static final String LEVEL2 = DepartmentForm.INDICATORS.columns().level2();
  private static final String LEVEL3 = DepartmentForm.INDICATORS.columns().level3();

  /** One repair made, for a warning. */
  record Note(int row, String key, String text) {}

  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final Set<Cell> dropped = Grid.identitySet();
  private final FormLabels labels;

  private ConverterRepair(Grid grid, FormLabels labels) {
    grid.rows().forEach(r -> rows.add(new ArrayList<>(r)));
    this.labels = labels;
  }

  /** The repaired grid, the repairs made, and the duplicate cells dropped. */
  record Result(Grid grid, List<Note> notes, Set<Cell> dropped) {}

  /** Repairs with the 一级 and 二级 labels {@code labels} knows. */
  static Result repair(Grid grid, FormLabels labels) {
    ConverterRepair r = new ConverterRepair(grid, labels);
    for (int h = 0; h < r.rows.size(); h++) {
      int[] header = r.header(h);
      if (header != null) {
        r.block(h, header);
      }
    }
    return new Result(new Grid(grid.kind(), r.rows, grid.outside()), r.notes, r.dropped);
  }

  /** Columns of 一级指标, 二级指标, 三级指标 and the header's width, or null. */
  private int[] header(int r) {
    int[] cols = {-1, -1, -1, 0};
    List<Cell> row = rows.get(r);
    for (int c = 0; c < row.size(); c++) {
      String text = row.get(c).text();
      if (!text.isEmpty()) {
        cols[3] = c + 1;
      }
      if (FormLabels.is(text, LEVEL1)) {
        cols[0] = c;
      } else if (FormLabels.is(text, LEVEL2)) {
        cols[1] = c;
      } else if (FormLabels.is(text, LEVEL3)) {
        cols[2] = c;
      }
    }
    return cols[0] > 0 && cols[1] > cols[0] && cols[2] > cols[1] ? cols : null;
  }

  private void block(int h, int[] cols) {
    shiftedHeaderLabel(h, cols);
    for (int r = h + 1; r < rows.size() && !isHeader(r); r++) {
      shiftedRight(r, cols);
      level2InLevel1Column(r, cols);
    }
  }

  private boolean isHeader(int r) {
    return header(r) != null;
  }

  private void shiftedHeaderLabel(int h, int[] cols) {
    List<Cell> header = rows.get(h);
    Cell first = header.get(0);
    if (!labels.isLevel1(first.text()) || h + 1 >= rows.size()) {
      return;
    }
    List<Cell> next = rows.get(h + 1);
    Cell occupant = next.get(cols[0]);
    boolean copy =
        !occupant.isBlank()
            && CellText.label(occupant.text()).equals(CellText.label(next.get(cols[1]).text()));
    if (!occupant.isBlank() && !copy) {
      return;
    }
    header.set(0, new Cell(INDICATORS, first.row(), first.column()));
    dropped.add(header.get(0));
    next.set(cols[0], first);
    if (copy) {
      dropped.add(occupant);
    }
    notes.add(new Note(first.row(), "import.repaired.header-label", first.text()));
  }

  private void shiftedRight(int r, int[] cols) {
    List<Cell> row = rows.get(r);
    int width = cols[3];
    while (lastText(row) >= width) {
      int end = lastText(row);
      int start = end;
      while (start - 1 >= 0 && !row.get(start - 1).isBlank()) {
        start--;
      }
      int gap = start - 1;
      if (gap < cols[2] || !row.get(gap).isBlank()) {
        return;
      }
      Cell removed = row.remove(gap);
      row.add(removed.blankAt(row.size() + 1));
      notes.add(new Note(removed.row(), "import.repaired.shifted", row.get(gap).text()));
    }
  }

  private static int lastText(List<Cell> row) {
    for (int c = row.size() - 1; c >= 0; c--) {
      if (!row.get(c).isBlank()) {
        return c;
      }
    }
    return -1;
  }

  private void level2InLevel1Column(int r, int[] cols) {
    List<Cell> row = rows.get(r);
    Cell cell = row.get(cols[0]);
    if (labels.isLevel2Only(cell.text()) && row.get(cols[1]).isBlank()) {
      row.set(cols[1], cell);
      row.set(cols[0], cell.blankAt(cell.column()));
      notes.add(new Note(cell.row(), "import.repaired.level2", cell.text()));
    }
  }
}
