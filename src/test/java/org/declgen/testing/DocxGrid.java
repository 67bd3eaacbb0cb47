package org.declgen.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Reads a .docx back with docx4j (independently of declgen's own XML handling) and prints each
 * table as a grid a person can check against the paper form: one line per row, each cell's text
 * with its column span {@code ⟨→n⟩} and row span {@code ⟨↓n⟩}; cells covered by a merge from above
 * are left out of their row.
 *
 * <p>Spans are counted in the table's visible columns: grid columns that no cell edge separates in
 * any row count as one, since editors are free to add or drop such columns (LibreOffice drops them
 * when it saves).
 */
public final class DocxGrid {
  private DocxGrid() {}

  /** One cell as Word stores it. */
  private record Cell(String text, int column, int span, String vMerge) {}

  public static String of(byte[] docx) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      StringBuilder out = new StringBuilder();
      int n = 0;
      for (Object o : pkg.getMainDocumentPart().getContent()) {
        if (XmlUtils.unwrap(o) instanceof Tbl tbl) {
          out.append("table ").append(++n).append('\n');
          print(canonicalColumns(rows(tbl)), out);
        }
      }
      return out.toString();
    } catch (Exception e) {
      throw new AssertionError("docx4j could not read the document", e);
    }
  }

  private static List<List<Cell>> rows(Tbl tbl) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Object r : tbl.getContent()) {
      if (!(XmlUtils.unwrap(r) instanceof Tr tr)) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      int column = 0;
      for (Object c : tr.getContent()) {
        if (XmlUtils.unwrap(c) instanceof Tc tc) {
          TcPr pr = tc.getTcPr();
          int span =
              pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
          String vMerge =
              pr == null || pr.getVMerge() == null
                  ? null
                  : pr.getVMerge().getVal() == null ? "continue" : pr.getVMerge().getVal();
          cells.add(new Cell(text(tc), column, span, vMerge));
          column += span;
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<List<Cell>> canonicalColumns(List<List<Cell>> rows) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (List<Cell> row : rows) {
      for (Cell c : row) {
        edges.add(c.column());
        edges.add(c.column() + c.span());
      }
    }
    List<Integer> index = new ArrayList<>(edges);
    List<List<Cell>> result = new ArrayList<>();
    for (List<Cell> row : rows) {
      List<Cell> cells = new ArrayList<>();
      for (Cell c : row) {
        int start = index.indexOf(c.column());
        int end = index.indexOf(c.column() + c.span());
        cells.add(new Cell(c.text(), start, end - start, c.vMerge()));
      }
      result.add(cells);
    }
    return result;
  }

  private static void print(List<List<Cell>> rows, StringBuilder out) {
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("|");
      for (Cell cell : rows.get(r)) {
        if ("continue".equals(cell.vMerge())) {
          if (!cell.text().isEmpty()) {
            line.append(" !text in merged cell: ").append(cell.text()).append(" |");
          }
          continue;
        }
        line.append(' ').append(cell.text());
        if (cell.span() > 1) {
          line.append(" ⟨→").append(cell.span()).append('⟩');
        }
        int down = rowSpan(rows, r, cell);
        if (down > 1) {
          line.append(" ⟨↓").append(down).append('⟩');
        }
        line.append(" |");
      }
      out.append(line).append('\n');
    }
  }

  private static int rowSpan(List<List<Cell>> rows, int r, Cell cell) {
    if (!"restart".equals(cell.vMerge())) {
      return 1;
    }
    int span = 1;
    for (int below = r + 1; below < rows.size(); below++) {
      Cell under =
          rows.get(below).stream()
              .filter(c -> c.column() == cell.column())
              .findFirst()
              .orElse(null);
      if (under == null || !"continue".equals(under.vMerge()) || under.span() != cell.span()) {
        break;
      }
      span++;
    }
    return span;
  }

  private static String text(Tc tc) {
    ClassFinder paragraphs = new ClassFinder(P.class);
    new TraversalUtil(tc, paragraphs);
    List<String> texts = new ArrayList<>();
    for (Object p : paragraphs.results) {
      ClassFinder runs = new ClassFinder(Text.class);
      new TraversalUtil(p, runs);
      StringBuilder sb = new StringBuilder();
      for (Object t : runs.results) {
        sb.append(((Text) t).getValue());
      }
      if (sb.length() > 0) {
        texts.add(sb.toString());
      }
    }
    return String.join(" ⏎ ", texts);
  }
}
