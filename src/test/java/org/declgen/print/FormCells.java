package org.declgen.print;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * What a rendered form holds, read from its .docx with docx4j: the text of every cell, the labels,
 * and the rows whose pagination matters (tasks and indicators). Texts are compared without spaces
 * and line breaks, as they come back from a PDF.
 */
record FormCells(
    List<String> texts,
    Set<String> labels,
    List<IndicatorRow> indicatorRows,
    List<List<String>> taskRows) {

  /** An indicator row: the 一级 and 二级 it belongs to, and its own cells (三级, values). */
  record IndicatorRow(String first, String second, List<String> own) {}

  private static final Set<String> LABEL_STYLES = Set.of("CellLabel", "IndicatorHeader");

  /** A cell as stored: its grid column, whether it continues a merge from above, its text. */
  private record Cell(int column, boolean continued, String style, String text) {}

  static FormCells of(byte[] docx) {
    List<List<List<Cell>>> tables = tables(docx);
    List<String> texts = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (List<List<Cell>> table : tables) {
      for (List<Cell> row : table) {
        for (Cell c : row) {
          if (!c.continued() && !c.text().isEmpty()) {
            texts.add(c.text());
            if (LABEL_STYLES.contains(c.style())) {
              labels.add(c.text());
            }
          }
        }
      }
    }
    List<IndicatorRow> indicators = indicatorRows(tables);
    for (IndicatorRow r : indicators) {
      labels.add(r.first());
      labels.add(r.second());
    }
    labels.remove("");
    return new FormCells(texts, labels, indicators, taskRows(tables));
  }

  /** Rows under the header row that holds 一级指标; 一级 and 二级 carried down their merges. */
  private static List<IndicatorRow> indicatorRows(List<List<List<Cell>>> tables) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (List<List<Cell>> table : tables) {
      int header = rowHolding(table, "一级指标");
      if (header < 0) {
        continue;
      }
      int firstColumn = columnOf(table.get(header), "一级指标");
      int secondColumn = columnOf(table.get(header), "二级指标");
      int labelColumn = table.get(header).get(0).column();
      String first = "";
      String second = "";
      for (List<Cell> row : table.subList(header + 1, table.size())) {
        List<String> own = new ArrayList<>();
        for (Cell c : row) {
          if (c.column() == firstColumn) {
            first = c.continued() ? first : c.text();
          } else if (c.column() == secondColumn) {
            second = c.continued() ? second : c.text();
          } else if (c.column() != labelColumn && !c.text().isEmpty()) {
            own.add(c.text());
          }
        }
        rows.add(new IndicatorRow(first, second, own));
      }
    }
    return rows;
  }

  /** Rows between the heading row (名称 / 主要实施内容 …) and 其他需完成的任务. */
  private static List<List<String>> taskRows(List<List<List<Cell>>> tables) {
    List<List<String>> rows = new ArrayList<>();
    for (List<List<Cell>> table : tables) {
      int header = rowHolding(table, "主要实施内容");
      if (header < 0) {
        continue;
      }
      for (List<Cell> row : table.subList(header + 1, table.size())) {
        if (row.get(0).text().startsWith("其他需完成")) {
          break;
        }
        List<String> own = new ArrayList<>();
        for (Cell c : row.subList(1, row.size())) {
          if (!c.text().isEmpty()) {
            own.add(c.text());
          }
        }
        rows.add(own);
      }
    }
    return rows;
  }

  private static int rowHolding(List<List<Cell>> table, String text) {
    for (int i = 0; i < table.size(); i++) {
      if (columnOf(table.get(i), text) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int columnOf(List<Cell> row, String text) {
    for (Cell c : row) {
      if (c.text().equals(text)) {
        return c.column();
      }
    }
    return -1;
  }

  private static List<List<List<Cell>>> tables(byte[] docx) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      List<List<List<Cell>>> tables = new ArrayList<>();
      for (Object o : pkg.getMainDocumentPart().getContent()) {
        if (XmlUtils.unwrap(o) instanceof Tbl tbl) {
          tables.add(rows(tbl));
        }
      }
      return tables;
    } catch (Exception e) {
      throw new AssertionError("docx4j could not read the form", e);
    }
  }

  private static List<List<Cell>> rows(Tbl tbl) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Object r : tbl.getContent()) {
      if (XmlUtils.unwrap(r) instanceof Tr tr) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (Object c : tr.getContent()) {
          if (XmlUtils.unwrap(c) instanceof Tc tc) {
            TcPr pr = tc.getTcPr();
            int span =
                pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
            boolean continued =
                pr != null
                    && pr.getVMerge() != null
                    && (pr.getVMerge().getVal() == null
                        || pr.getVMerge().getVal().equals("continue"));
            cells.add(new Cell(column, continued, style(tc), text(tc)));
            column += span;
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static String style(Tc tc) {
    for (Object o : tc.getContent()) {
      if (XmlUtils.unwrap(o) instanceof P p
          && p.getPPr() != null
          && p.getPPr().getPStyle() != null) {
        return p.getPPr().getPStyle().getVal();
      }
    }
    return "";
  }

  private static String text(Tc tc) {
    ClassFinder texts = new ClassFinder(Text.class);
    new TraversalUtil(tc, texts);
    StringBuilder sb = new StringBuilder();
    for (Object t : texts.results) {
      sb.append(((Text) t).getValue());
    }
    return sb.toString().replaceAll("\\s+", "");
  }
}
