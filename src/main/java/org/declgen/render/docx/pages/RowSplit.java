package org.declgen.render.docx.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.layout.CellLayout;
import org.declgen.template.docx.layout.LineBreaks;
import org.declgen.template.docx.layout.TextLook;

/**
 * Splits a row taller than a page into rows that each fit one, between the lines of its long texts:
 * a cell with a long text (or too tall to repeat) runs on from part to part; every other cell — the
 * task's name, its amount, a label — is printed whole on each part, so no part shows blank names.
 * Hidden bookmarks tell a reader of the form which parts go together ({@link
 * WordXml#CONTINUED_ROW}, {@link WordXml#JOINED_PARAGRAPH}).
 */
final class RowSplit {
  /** What is left of a running cell: its paragraphs (or other content) still to print. */
  private static final class Running {
    final Deque<String> items = new ArrayDeque<>();
    final String emptyParagraph;

    Running(String emptyParagraph) {
      this.emptyParagraph = emptyParagraph;
    }
  }

  private final PrintedRow row;
  private final String xml;
  private final List<RowXml.Span> cells;
  private final String[] cellStarts;
  private final Running[] running;
  private final Bookmarks bookmarks;

  private RowSplit(PrintedRow row, double smallest, Bookmarks bookmarks) {
    this.row = row;
    this.bookmarks = bookmarks;
    this.xml = row.xml().toString();
    this.cells = RowXml.cells(xml);
    int n = cells.size();
    this.cellStarts = new String[n];
    this.running = new Running[n];
    for (int i = 0; i < n && i < row.parts().length; i++) {
      RowXml.Span cell = cells.get(i);
      int contentStart = contentStart(cell);
      cellStarts[i] = xml.substring(cell.start(), contentStart);
      boolean own = row.parts()[i] == MergeGroups.Part.OWN;
      if (own && (row.flows()[i] || row.content()[i] > smallest)) {
        List<RowXml.Span> items =
            ParagraphSplit.elements(xml, contentStart, cell.end() - "</w:tc>".length());
        running[i] = new Running(emptyParagraph(items));
        for (RowXml.Span item : items) {
          running[i].items.add(xml.substring(item.start(), item.end()));
        }
      }
    }
  }

  /**
   * The row's parts: the first at most {@code first} points high, the others at most {@code next}
   * (their rules included); each part at least a line of its long texts, so the split always ends.
   */
  static List<PrintedRow> split(PrintedRow row, double first, double next, Bookmarks bookmarks) {
    RowSplit split = new RowSplit(row, Math.min(first, next), bookmarks);
    if (split.cells.size() != row.parts().length) {
      return List.of(row);
    }
    List<PrintedRow> parts = new ArrayList<>();
    double available = first;
    do {
      parts.add(split.part(available, !parts.isEmpty()));
      available = next;
    } while (split.remains());
    return parts;
  }

  private boolean remains() {
    for (Running r : running) {
      if (r != null && !r.items.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next part of the row, at most {@code available} points high.
   *
   * @param continued whether it goes on from a part above, which its first running cell's bookmark
   *     says to a reader of the form
   */
  private PrintedRow part(double available, boolean continued) {
    int n = cells.size();
    double[] content = new double[n];
    StringBuilder part = new StringBuilder(xml.length());
    part.append(xml, 0, cells.get(0).start());
    boolean progressed = false;
    boolean marked = !continued;
    for (int i = 0; i < n; i++) {
      CellLayout layout = row.layout().cells().get(i);
      RowXml.Span cell = cells.get(i);
      if (running[i] == null) {
        part.append(xml, cell.start(), cell.end());
        content[i] = row.content()[i];
        continue;
      }
      double budget = available - row.layout().rule() - layout.margins();
      StringBuilder body = new StringBuilder();
      double height = take(running[i], layout, budget, !progressed, body);
      progressed |= body.length() > 0;
      String paragraphs = body.length() > 0 ? body.toString() : running[i].emptyParagraph;
      if (!marked) {
        paragraphs = RowXml.atParagraphStart(paragraphs, bookmarks.next(WordXml.CONTINUED_ROW));
        marked = true;
      }
      part.append(cellStarts[i]);
      part.append(paragraphs);
      part.append("</w:tc>");
      content[i] = height + layout.margins();
    }
    part.append(xml, cells.get(n - 1).end(), xml.length());
    double height = PageFlow.ownHeight(row.layout(), row.parts(), content);
    return row.withXml(part.toString(), content, height);
  }

  /**
   * Takes from a running cell what fits in {@code budget} points, whole paragraphs first, then the
   * lines of one paragraph that fit; at least one line when {@code force}. Returns the height
   * taken.
   */
  private double take(
      Running cell, CellLayout layout, double budget, boolean force, StringBuilder body) {
    TextLook look = layout.look();
    double used = 0;
    while (!cell.items.isEmpty()) {
      String item = cell.items.peekFirst();
      String text = RowXml.text(item, 0, item.length());
      double ems = look.ems(layout.width());
      int[] starts = LineBreaks.starts(text, ems, look.firstLine() / look.size());
      double whole = look.height(starts.length);
      if (used + whole <= budget) {
        body.append(cell.items.removeFirst());
        used += whole;
        continue;
      }
      int room =
          (int)
              Math.floor(
                  (budget - used - look.spaceBefore() - look.spaceAfter()) / look.lineHeight());
      int lines = keepingTwoLines(room, starts.length);
      if (lines < 1 && force && body.length() == 0) {
        lines = Math.max(1, Math.min(room, starts.length - 1));
      }
      String[] halves =
          lines >= 1 && lines < starts.length && RowXml.isNamed(item, 1, "w:p")
              ? ParagraphSplit.at(item, starts[lines])
              : null;
      if (halves != null) {
        cell.items.removeFirst();
        cell.items.addFirst(
            RowXml.atParagraphStart(halves[1], bookmarks.next(WordXml.JOINED_PARAGRAPH)));
        body.append(halves[0]);
        used += look.height(lines);
      } else if (force && body.length() == 0) {
        body.append(cell.items.removeFirst());
        used += whole;
      }
      break;
    }
    return used;
  }

  /**
   * How many of a paragraph's lines to print when {@code room} fit: never one line alone at the
   * foot of a part or at the head of the next, when the paragraph has more.
   */
  private static int keepingTwoLines(int room, int lines) {
    int taken = Math.min(room, lines - 2);
    return taken >= 2 ? taken : 0;
  }

  /** Where a cell's paragraphs start: after its properties. */
  private int contentStart(RowXml.Span cell) {
    int open = RowXml.tagEnd(xml, cell.start()) + 1;
    List<RowXml.Span> properties = RowXml.children(xml, open, cell.end(), "w:tcPr");
    return properties.isEmpty() ? open : properties.get(0).end();
  }

  /** An empty paragraph in the look of the cell's first, for a part its text has left. */
  private String emptyParagraph(List<RowXml.Span> items) {
    for (RowXml.Span item : items) {
      if (RowXml.isNamed(xml, item.start() + 1, "w:p")) {
        int open = RowXml.tagEnd(xml, item.start()) + 1;
        List<RowXml.Span> pPr = RowXml.children(xml, open, item.end(), "w:pPr");
        String properties =
            pPr.isEmpty() ? "" : xml.substring(pPr.get(0).start(), pPr.get(0).end());
        return "<w:p>" + properties + "</w:p>";
      }
    }
    return "<w:p/>";
  }
}
