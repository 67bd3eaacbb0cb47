package org.declgen.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A source read as rows × columns of cells with spans resolved (a merged cell fills every position
 * it covers), plus the texts found outside tables, in document order.
 *
 * @param kind what the source was, for naming positions in messages
 */
public record Grid(Kind kind, List<List<Cell>> rows, List<Cell> outside) {
  /** What a source is; decides how positions are named. */
  public enum Kind {
    DOCX,
    XLSX,
    MARKDOWN
  }

  public Grid {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<List<Cell>> rect = new ArrayList<>();
    for (List<Cell> row : rows) {
      List<Cell> r = new ArrayList<>(row);
      while (r.size() < width) {
        Cell last = r.isEmpty() ? null : r.get(r.size() - 1);
        r.add(last == null ? new Cell("", 0, 1) : last.blankAt(r.size() + 1));
      }
      rect.add(Collections.unmodifiableList(r));
    }
    rows = List.copyOf(rect);
    outside = List.copyOf(outside);
  }

  public int height() {
    return rows.size();
  }

  public int width() {
    return rows.isEmpty() ? 0 : rows.get(0).size();
  }

  public Cell at(int row, int column) {
    return rows.get(row).get(column);
  }

  /** True when the cell at this position is the one above it (a vertical merge). */
  public boolean continuesAbove(int row, int column) {
    return row > 0 && at(row - 1, column) == at(row, column);
  }

  /** True when the cell at this position is the one to its left (a horizontal merge). */
  public boolean continuesLeft(int row, int column) {
    return column > 0 && at(row, column - 1) == at(row, column);
  }

  /** Every distinct cell, row by row. */
  public Set<Cell> cells() {
    Set<Cell> all = new LinkedHashSet<>();
    rows.forEach(all::addAll);
    return all;
  }

  /** The same grid without rows and columns that hold no text at all. */
  public Grid withoutBlankLines() {
    List<Integer> keepColumns = new ArrayList<>();
    for (int c = 0; c < width(); c++) {
      boolean used = false;
      for (int r = 0; r < height() && !used; r++) {
        used = !at(r, c).isBlank() && !continuesLeft(r, c);
      }
      if (used) {
        keepColumns.add(c);
      }
    }
    List<List<Cell>> kept = new ArrayList<>();
    for (List<Cell> row : rows) {
      if (row.stream().anyMatch(cell -> !cell.isBlank())) {
        kept.add(keepColumns.stream().map(row::get).toList());
      }
    }
    return new Grid(kind, kept, outside);
  }

  /** A set of cells compared by identity. */
  static Set<Cell> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
