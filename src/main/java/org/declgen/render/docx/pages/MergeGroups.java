package org.declgen.render.docx.pages;

import java.util.Arrays;

/**
 * The vertically merged label cells of the table being printed, one group per grid column: the
 * label cell that started it (its XML, to print it again at the top of a new page), the height the
 * label needs and the height of the rows it spans so far on the page. A label taller than its rows
 * makes the last of them grow; a new page ends every group, and the first row there prints the
 * label again.
 */
final class MergeGroups {
  /** How a cell of a printed row takes part in a merge. */
  enum Part {
    /** Not merged: its text makes the row's height. */
    OWN,
    /** Starts a group with its label. */
    STARTS,
    /** Continues the group above. */
    CONTINUES,
    /** In a heading row printed again above a group: neither ends nor joins it. */
    BESIDE
  }

  private static final class Group {
    final Label label;
    final double labelHeight;
    double rows;
    boolean onPage = true;

    Group(Label label, double labelHeight) {
      this.label = label;
      this.labelHeight = labelHeight;
    }

    double deficit() {
      return Math.max(0, labelHeight - rows);
    }
  }

  /** The open group of each grid column, or null. */
  private Group[] groups = new Group[16];

  private Group get(int column) {
    return column < groups.length ? groups[column] : null;
  }

  private Group remove(int column) {
    Group g = get(column);
    if (g != null) {
      groups[column] = null;
    }
    return g;
  }

  private void put(int column, Group g) {
    if (column >= groups.length) {
      groups = Arrays.copyOf(groups, column * 2 + 1);
    }
    groups[column] = g;
  }

  /** Whether the cell continuing a group in this column is the first of the group on its page. */
  boolean startsPage(int column) {
    Group g = get(column);
    return g != null && !g.onPage;
  }

  /** The label cell's XML of the group in this column, to print again on a new page. */
  String label(int column) {
    return get(column).label.xml();
  }

  /** Whether a group is open in this column (a continuing cell has something to continue). */
  boolean has(int column) {
    return get(column) != null;
  }

  /**
   * The height a row adds beyond its own: labels of groups it ends that are taller than their rows
   * (the last row grows), and labels of groups it is in that are taller than their rows with it.
   */
  double extra(PrintedRow r) {
    double ended = 0;
    double open = 0;
    for (int i = 0; i < r.parts().length; i++) {
      MergeGroups.Part part = r.parts()[i];
      if (part == Part.CONTINUES) {
        Group g = get(r.columns()[i]);
        double label = g.onPage ? g.labelHeight - g.rows : g.labelHeight;
        open = Math.max(open, label - r.height());
      } else if (part != Part.BESIDE) {
        for (int c = r.columns()[i]; c < r.columns()[i] + r.spans()[i]; c++) {
          Group g = get(c);
          if (g != null && g.onPage) {
            ended += g.deficit();
          }
        }
        if (part == Part.STARTS) {
          open = Math.max(open, r.labelHeight(i) - r.height());
        }
      }
    }
    return ended + Math.max(0, open);
  }

  /**
   * Records a printed row: groups it ends are closed, groups it starts are opened with their label
   * cell, and every group it is in grows by its height. Returns the height the ended groups' labels
   * added to the rows above.
   *
   * @param labels each starting cell as printed (null for other cells)
   */
  double add(PrintedRow r, Label[] labels) {
    double ended = 0;
    for (int i = 0; i < r.parts().length; i++) {
      MergeGroups.Part part = r.parts()[i];
      if (part == Part.BESIDE) {
        continue;
      }
      if (part == Part.CONTINUES) {
        Group g = get(r.columns()[i]);
        if (!g.onPage) {
          g.onPage = true;
          g.rows = 0;
        }
        g.rows += r.height();
        continue;
      }
      for (int c = r.columns()[i]; c < r.columns()[i] + r.spans()[i]; c++) {
        Group g = remove(c);
        if (g != null && g.onPage) {
          ended += g.deficit();
        }
      }
      if (part == Part.STARTS) {
        Group g = new Group(labels[i], r.labelHeight(i));
        g.rows = r.height();
        put(r.columns()[i], g);
      }
    }
    return ended;
  }

  /** A new page: every group's rows so far stay on the page before; its label is due again. */
  void newPage() {
    for (Group g : groups) {
      if (g != null) {
        g.onPage = false;
        g.rows = 0;
      }
    }
  }

  /** The table ends: the height its open groups' labels add to their last rows. */
  double end() {
    double ended = 0;
    for (Group g : groups) {
      if (g != null && g.onPage) {
        ended += g.deficit();
      }
    }
    Arrays.fill(groups, null);
    return ended;
  }
}
