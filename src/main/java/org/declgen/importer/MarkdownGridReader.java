package org.declgen.importer;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables (as document converters write them) as one grid, tables one after another;
 * blocks outside tables become outside texts. Positions are the file's line numbers. Pipe tables
 * cannot merge cells, so every cell is its own.
 */
final class MarkdownGridReader {
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
  private static final Parser PARSER =
      Parser.builder(
              new MutableDataSet()
                  .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                  .set(TablesExtension.COLUMN_SPANS, false)
                  .set(TablesExtension.APPEND_MISSING_COLUMNS, false)
                  .set(TablesExtension.DISCARD_EXTRA_COLUMNS, false)
                  .set(TablesExtension.MIN_HEADER_ROWS, 0)
                  .set(TablesExtension.WITH_CAPTION, false)
                  .set(TablesExtension.MIN_SEPARATOR_DASHES, 1))
          .build();

  private MarkdownGridReader() {}

  static Grid read(String markdown) {
    Document doc = PARSER.parse(markdown);
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> outside = new ArrayList<>();
    for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof TableBlock table) {
        table(table, rows);
      } else {
        String text = block.getChars().toString().strip();
        if (!text.isEmpty()) {
          outside.add(new Cell(stripHeading(text), block.getStartLineNumber() + 1, 0));
        }
      }
    }
    return new Grid(Grid.Kind.MARKDOWN, rows, outside);
  }

  private static String stripHeading(String text) {
    return text.replaceFirst("^#{1,6}\\s+", "");
  }

  private static void table(TableBlock table, List<List<Cell>> rows) {
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      if (section instanceof TableSeparator) {
        continue;
      }
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          rows.add(cells(row));
        }
      }
    }
  }

  private static List<Cell> cells(Node row) {
    List<Cell> cells = new ArrayList<>();
    int line = row.getStartLineNumber() + 1;
    for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableCell cell) {
        StringBuilder sb = new StringBuilder();
        inlines(cell, sb);
        cells.add(new Cell(sb.toString(), line, cells.size() + 1));
      }
    }
    return cells;
  }

  private static void inlines(Node parent, StringBuilder sb) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text) {
        sb.append(n.getChars().unescape());
      } else if (n instanceof Code code) {
        sb.append(code.getText());
      } else if (n instanceof HtmlInline && BR.matcher(n.getChars()).matches()) {
        sb.append('\n');
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append('\n');
      } else if (n.hasChildren()) {
        inlines(n, sb);
      } else {
        sb.append(n.getChars().unescape());
      }
    }
  }
}
