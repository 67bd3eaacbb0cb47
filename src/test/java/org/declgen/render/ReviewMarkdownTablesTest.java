package org.declgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.DeclarationArbitraries;

/**
 * The review Markdown's tables stay well formed whatever the data holds ({@code |}, line breaks).
 */
class ReviewMarkdownTablesTest {
  private static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())))
          .build();
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());

  @Property(tries = 150)
  void everyTableRowHasAsManyCellsAsItsHeader(@ForAll("declarations") Declaration d)
      throws Exception {
    for (String template : List.of("gz-district", "gd-municipal")) {
      Renderer renderer =
          new Renderer(
              ENGINE, new TemplateCatalog(Path.of("."), Messages.chinese()).resolve(template));
      Node doc = PARSER.parse(renderer.markdown(d));
      List<TableBlock> tables = new ArrayList<>();
      collect(doc, tables);
      assertThat(tables).as("budget and indicator tables").hasSize(2);
      for (TableBlock table : tables) {
        List<Integer> widths = new ArrayList<>();
        for (Node row : rows(table)) {
          widths.add(cellCount(row));
        }
        assertThat(widths).as(template).allMatch(w -> w.equals(widths.get(0)));
      }
      int indicatorRows = bodyRows(tables.get(1));
      assertThat(indicatorRows).isEqualTo(d.indicatorRows().size());
    }
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }

  private static void collect(Node node, List<TableBlock> tables) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBlock t) {
        tables.add(t);
      } else {
        collect(n, tables);
      }
    }
  }

  private static List<Node> rows(Node node) {
    List<Node> rows = new ArrayList<>();
    for (Node n : node.getDescendants()) {
      if (n instanceof TableRow) {
        rows.add(n);
      }
    }
    return rows;
  }

  private static int bodyRows(TableBlock table) {
    int count = 0;
    for (Node n : table.getDescendants()) {
      if (n instanceof TableRow && n.getParent() instanceof TableBody) {
        count++;
      }
    }
    return count;
  }

  private static int cellCount(Node row) {
    int count = 0;
    for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableCell) {
        count++;
      }
    }
    return count;
  }
}
