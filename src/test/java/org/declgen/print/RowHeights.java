package org.declgen.print;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.template.docx.layout.LineBreaks;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * The row heights a renderer can estimate before printing (docs/printing.md): for each table row,
 * the tallest of its cells, a cell being its lines (see {@link LineBreaks}) times the exact line
 * height of each paragraph's style, plus the cell margins and the rule. Only cells that start in
 * the row count; a cell merged down from above does not. A table adds its top rule ({@link #RULE})
 * once, and two tables on one page the separator paragraph between them (0.7 pt).
 */
final class RowHeights {
  /** The rule between rows as LibreOffice draws it (0.5 pt). */
  static final double RULE = 0.5;

  /** One row: the texts of its cells (without spaces, as FormCells has them) and its estimate. */
  record Row(List<String> texts, double estimate, int lines) {}

  /** Type size and exact line height of a paragraph style, in points. */
  private record Look(double size, double line) {}

  private RowHeights() {}

  static List<Row> of(byte[] docx) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      Map<String, Look> looks = looks(pkg);
      List<Row> rows = new ArrayList<>();
      for (Object o : pkg.getMainDocumentPart().getContent()) {
        if (XmlUtils.unwrap(o) instanceof Tbl tbl) {
          double[] margins = margins(pkg, tbl);
          List<Tr> trs = new ArrayList<>();
          for (Object r : tbl.getContent()) {
            if (XmlUtils.unwrap(r) instanceof Tr tr) {
              trs.add(tr);
            }
          }
          for (int i = 0; i < trs.size(); i++) {
            Tr below = i + 1 < trs.size() ? trs.get(i + 1) : null;
            rows.add(row(trs.get(i), below, looks, margins));
          }
        }
      }
      return rows;
    } catch (Exception e) {
      throw new AssertionError("docx4j could not read the form", e);
    }
  }

  /**
   * A row's estimate; a label merged down over the row below (its height shared by the rows it
   * spans) does not count.
   */
  private static Row row(Tr tr, Tr below, Map<String, Look> looks, double[] margins) {
    List<String> texts = new ArrayList<>();
    double tallest = 0;
    int mostLines = 0;
    Set<Integer> continuedBelow = continuedColumns(below);
    int column = 0;
    for (Object c : tr.getContent()) {
      if (!(XmlUtils.unwrap(c) instanceof Tc tc)) {
        continue;
      }
      TcPr pr = tc.getTcPr();
      int at = column;
      column += span(pr);
      if (continued(pr)) {
        continue;
      }
      boolean shared = continuedBelow.contains(at);
      double width = pr.getTcW().getW().doubleValue() / 20 - margins[1] - margins[3];
      double height = 0;
      int lines = 0;
      StringBuilder all = new StringBuilder();
      for (Object o : tc.getContent()) {
        if (XmlUtils.unwrap(o) instanceof P p) {
          Look look = looks.getOrDefault(styleOf(p), new Look(12, 17));
          String text = text(p);
          int n = LineBreaks.count(text, width / look.size() / scale(p));
          lines += n;
          height += n * look.line();
          all.append(text.replaceAll("\\s+", ""));
        }
      }
      if (!all.isEmpty()) {
        texts.add(all.toString());
      }
      if (!shared) {
        tallest = Math.max(tallest, height);
        mostLines = Math.max(mostLines, lines);
      }
    }
    return new Row(texts, tallest + margins[0] + margins[2] + RULE, mostLines);
  }

  /** The grid columns where a row continues a merge from the row above. */
  private static Set<Integer> continuedColumns(Tr tr) {
    Set<Integer> columns = new HashSet<>();
    if (tr == null) {
      return columns;
    }
    int column = 0;
    for (Object c : tr.getContent()) {
      if (XmlUtils.unwrap(c) instanceof Tc tc) {
        if (continued(tc.getTcPr())) {
          columns.add(column);
        }
        column += span(tc.getTcPr());
      }
    }
    return columns;
  }

  private static boolean continued(TcPr pr) {
    return pr != null
        && pr.getVMerge() != null
        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal().equals("continue"));
  }

  private static int span(TcPr pr) {
    return pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
  }

  private static String styleOf(P p) {
    return p.getPPr() != null && p.getPPr().getPStyle() != null
        ? p.getPPr().getPStyle().getVal()
        : "Normal";
  }

  /** How much narrower than its font the paragraph's text is set (w:w), 1 when it is not. */
  private static double scale(P p) {
    double scale = 1;
    for (Object o : p.getContent()) {
      if (XmlUtils.unwrap(o) instanceof R r && r.getRPr() != null && r.getRPr().getW() != null) {
        scale = Math.min(scale, r.getRPr().getW().getVal() / 100.0);
      }
    }
    return scale;
  }

  /** The paragraph's text with a newline for each line break. */
  private static String text(P p) {
    StringBuilder sb = new StringBuilder();
    for (Object o : p.getContent()) {
      if (XmlUtils.unwrap(o) instanceof R r) {
        for (Object x : r.getContent()) {
          Object u = XmlUtils.unwrap(x);
          if (u instanceof Text t) {
            sb.append(t.getValue());
          } else if (u instanceof Br) {
            sb.append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  /** Paragraph styles' type size and exact line height (styles without one count as 1.45 em). */
  private static Map<String, Look> looks(WordprocessingMLPackage pkg) {
    Map<String, Look> looks = new HashMap<>();
    for (Style s :
        pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()) {
      double size =
          s.getRPr() != null && s.getRPr().getSz() != null
              ? s.getRPr().getSz().getVal().doubleValue() / 2
              : 12;
      double line = size * 1.45;
      if (s.getPPr() != null && s.getPPr().getSpacing() != null) {
        PPrBase.Spacing spacing = s.getPPr().getSpacing();
        if (spacing.getLine() != null
            && spacing.getLineRule() != null
            && spacing.getLineRule().value().equals("exact")) {
          line = spacing.getLine().doubleValue() / 20;
        }
      }
      looks.put(s.getStyleId(), new Look(size, line));
    }
    return looks;
  }

  /** Top, left, bottom, right cell margins of the table's style, in points. */
  private static double[] margins(WordprocessingMLPackage pkg, Tbl tbl) {
    double[] m = {0, 5.4, 0, 5.4};
    String id =
        tbl.getTblPr() != null && tbl.getTblPr().getTblStyle() != null
            ? tbl.getTblPr().getTblStyle().getVal()
            : null;
    for (Style s :
        pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()) {
      if (s.getStyleId().equals(id)
          && s.getTblPr() != null
          && s.getTblPr().getTblCellMar() != null) {
        CTTblCellMar mar = s.getTblPr().getTblCellMar();
        m[0] = points(mar.getTop().getW());
        m[1] = points(mar.getLeft().getW());
        m[2] = points(mar.getBottom().getW());
        m[3] = points(mar.getRight().getW());
      }
    }
    return m;
  }

  private static double points(BigInteger twips) {
    return twips.doubleValue() / 20;
  }
}
