package org.declgen.print;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed form read back from its PDF: per page, the table cells as the ruled lines drawn on the
 * page enclose them, each with its lines of text as laid out. Coordinates are points from the top
 * left corner of the page.
 */
record PrintedForm(List<Page> pages) {

  /** One line of text inside a cell (or outside every table, such as the title). */
  record Line(String text, double left, double baseline) {
    /** The characters printed, without spaces. */
    String characters() {
      return text.replaceAll("\\s+", "");
    }
  }

  /** A cell as printed on one page: the area between four ruled lines, and its lines of text. */
  record Box(int page, double left, double top, double right, double bottom, List<Line> lines) {
    String text() {
      StringBuilder sb = new StringBuilder();
      lines.forEach(l -> sb.append(l.characters()));
      return sb.toString();
    }

    boolean sameColumn(Box other) {
      return Math.abs(left - other.left) < 1 && Math.abs(right - other.right) < 1;
    }

    double height() {
      return bottom - top;
    }
  }

  /** A page: its cells top to bottom, and the text outside tables (title, page number). */
  record Page(int number, List<Box> boxes, List<Line> outside) {}

  static PrintedForm read(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Page> pages = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        PDPage page = document.getPage(i);
        Rules rules = new Rules(page);
        rules.processPage(page);
        pages.add(layout(i + 1, rules, glyphs(document, i + 1)));
      }
      return new PrintedForm(pages);
    }
  }

  /** All text of the form, page after page, without spaces: for messages. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (Page p : pages) {
      p.boxes().forEach(b -> sb.append(b.text()).append(' '));
    }
    return sb.toString();
  }

  List<Box> boxes() {
    List<Box> all = new ArrayList<>();
    pages.forEach(p -> all.addAll(p.boxes()));
    return all;
  }

  // ------------------------------------------------------------------ reading the page

  private record Glyph(String text, double x, double baseline, double width, double size) {
    double centreX() {
      return x + width / 2;
    }

    double centreY() {
      return baseline - size * 0.35;
    }
  }

  private record Rule(double at, double from, double to) {
    boolean covers(double position) {
      return position >= from - 0.5 && position <= to + 0.5;
    }
  }

  private static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition t) {
            glyphs.add(
                new Glyph(
                    t.getUnicode(),
                    t.getXDirAdj(),
                    t.getYDirAdj(),
                    t.getWidthDirAdj(),
                    Math.max(t.getWidthDirAdj(), t.getFontSizeInPt())));
          }
        };
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    stripper.getText(document);
    return glyphs;
  }

  private static Page layout(int number, Rules rules, List<Glyph> glyphs) {
    Map<String, List<Glyph>> byBox = new LinkedHashMap<>();
    Map<String, double[]> edges = new LinkedHashMap<>();
    List<Glyph> outside = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.text().isBlank()) {
        continue;
      }
      double[] box = rules.boxAround(g.centreX(), g.centreY());
      if (box == null) {
        outside.add(g);
        continue;
      }
      String key = String.format("%.1f/%.1f/%.1f/%.1f", box[0], box[1], box[2], box[3]);
      byBox.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
      edges.put(key, box);
    }
    List<Box> boxes = new ArrayList<>();
    for (Map.Entry<String, List<Glyph>> e : byBox.entrySet()) {
      double[] b = edges.get(e.getKey());
      boxes.add(new Box(number, b[0], b[1], b[2], b[3], lines(e.getValue())));
    }
    boxes.sort(Comparator.comparingDouble(Box::top).thenComparingDouble(Box::left));
    return new Page(number, boxes, lines(outside));
  }

  /** Glyphs into lines: the same baseline (within a third of the type size), left to right. */
  private static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> groups = new ArrayList<>();
    for (Glyph g : sorted) {
      List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) < g.size() / 3) {
        last.add(g);
      } else {
        groups.add(new ArrayList<>(List.of(g)));
      }
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x));
      StringBuilder text = new StringBuilder();
      group.forEach(g -> text.append(g.text()));
      lines.add(new Line(text.toString(), group.get(0).x(), group.get(0).baseline()));
    }
    return lines;
  }

  /** The ruled lines of a page: table borders as LibreOffice and Word draw them. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    private final double pageHeight;
    private final List<Rule> horizontal = new ArrayList<>();
    private final List<Rule> vertical = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private final List<Point2D[]> segments = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Double();

    Rules(PDPage page) {
      super(page);
      this.pageHeight = page.getMediaBox().getHeight();
    }

    /** Left, top, right, bottom of the cell around a point, or null outside every table. */
    double[] boxAround(double x, double y) {
      Double left = null;
      Double right = null;
      Double top = null;
      Double bottom = null;
      for (Rule v : vertical) {
        if (v.covers(y)) {
          if (v.at() < x && (left == null || v.at() > left)) {
            left = v.at();
          }
          if (v.at() > x && (right == null || v.at() < right)) {
            right = v.at();
          }
        }
      }
      for (Rule h : horizontal) {
        if (h.covers(x)) {
          if (h.at() < y && (top == null || h.at() > top)) {
            top = h.at();
          }
          if (h.at() > y && (bottom == null || h.at() < bottom)) {
            bottom = h.at();
          }
        }
      }
      if (left == null || right == null || top == null || bottom == null) {
        return null;
      }
      return new double[] {left, top, right, bottom};
    }

    private void rule(double x1, double y1, double x2, double y2) {
      double top1 = pageHeight - y1;
      double top2 = pageHeight - y2;
      if (Math.abs(top1 - top2) < 0.5) {
        horizontal.add(new Rule(top1, Math.min(x1, x2), Math.max(x1, x2)));
      } else if (Math.abs(x1 - x2) < 0.5) {
        vertical.add(new Rule((x1 + x2) / 2, Math.min(top1, top2), Math.max(top1, top2)));
      }
    }

    @Override
    public void moveTo(float x, float y) {
      path.clear();
      current = new Point2D.Double(x, y);
      path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D next = new Point2D.Double(x, y);
      segments.add(new Point2D[] {current, next});
      current = next;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      rectangles.add(new Point2D[] {p0, p2});
    }

    @Override
    public void strokePath() {
      for (Point2D[] s : segments) {
        rule(s[0].getX(), s[0].getY(), s[1].getX(), s[1].getY());
      }
      for (Point2D[] r : rectangles) {
        double x1 = r[0].getX();
        double y1 = r[0].getY();
        double x2 = r[1].getX();
        double y2 = r[1].getY();
        rule(x1, y1, x2, y1);
        rule(x1, y2, x2, y2);
        rule(x1, y1, x1, y2);
        rule(x2, y1, x2, y2);
      }
      endPath();
    }

    /** A filled rectangle a line thick is a rule too (Word draws borders so). */
    @Override
    public void fillPath(int windingRule) {
      for (Point2D[] r : rectangles) {
        double w = Math.abs(r[1].getX() - r[0].getX());
        double h = Math.abs(r[1].getY() - r[0].getY());
        double midX = (r[0].getX() + r[1].getX()) / 2;
        double midY = (r[0].getY() + r[1].getY()) / 2;
        if (h < 2 && w >= 2) {
          rule(r[0].getX(), midY, r[1].getX(), midY);
        } else if (w < 2 && h >= 2) {
          rule(midX, r[0].getY(), midX, r[1].getY());
        }
      }
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void endPath() {
      path.clear();
      segments.clear();
      rectangles.clear();
    }

    @Override
    public void drawImage(PDImage image) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
