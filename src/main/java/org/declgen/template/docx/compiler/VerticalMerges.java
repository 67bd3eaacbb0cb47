package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.TemplateRuntime;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Wires {@code <@vmerge/>} cells: before each row of such a table the template asks the runtime
 * which of the row's merge cells start a new group, then prints either the cell itself (starting a
 * vertical merge) or an empty continuation of the cell above.
 *
 * <p>A merge cell continues the one above while its key is unchanged and every merge cell to its
 * left in the row continues too, so a 二级 group never runs across two 一级 groups.
 */
final class VerticalMerges {
  /** The template variable that holds, for the row being printed, which merge cells restart. */
  private static final String RESTARTS = "_vm";

  private final Document document;
  private final TemplateSnippets snippets;
  private final Map<Element, String> keys;
  private final Map<Element, List<String>> cellExpressions;
  private final Set<Element> continuations = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Element> wiredTables = Collections.newSetFromMap(new IdentityHashMap<>());

  VerticalMerges(
      Document document,
      TemplateSnippets snippets,
      Map<Element, String> keys,
      Map<Element, List<String>> cellExpressions) {
    this.document = document;
    this.snippets = snippets;
    this.keys = keys;
    this.cellExpressions = cellExpressions;
  }

  void wire() {
    List<Element> tables = WordXml.descendants(document, "tbl");
    for (int t = 0; t < tables.size(); t++) {
      Element table = tables.get(t);
      if (keys.keySet().stream().anyMatch(cell -> WordXml.ancestor(cell, "tbl") == table)) {
        wireTable(table, t + 1);
      }
    }
  }

  /** The {@code <@vmerge/>} cells. */
  Set<Element> cells() {
    return keys.keySet();
  }

  /** The empty cells printed in place of a {@code <@vmerge/>} cell that continues the one above. */
  Set<Element> continuations() {
    return continuations;
  }

  /** The tables wired, which announce their start to the runtime. */
  Set<Element> tables() {
    return wiredTables;
  }

  private void wireTable(Element table, int number) {
    wiredTables.add(table);
    String id = Integer.toString(number);
    insertBefore(table, "${" + TemplateRuntime.Call.TABLE_START.ftl(id) + "}");
    for (Element row : WordXml.children(table, "tr")) {
      List<Element> mergeCells = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      List<String> keyExpressions = new ArrayList<>();
      int column = gridBefore(row);
      for (Element cell : WordXml.children(row, "tc")) {
        if (keys.containsKey(cell)) {
          mergeCells.add(cell);
          columns.add(Integer.toString(column));
          keyExpressions.add(keyOf(cell));
        }
        column += gridSpan(cell);
      }
      String call =
          TemplateRuntime.Call.MERGE_ROW.ftl(
              id,
              "[" + String.join(", ", columns) + "]",
              "[" + String.join(", ", keyExpressions) + "]");
      insertBefore(row, "<#assign " + RESTARTS + " = " + call + ">");
      for (int i = 0; i < mergeCells.size(); i++) {
        wrapCell(mergeCells.get(i), i);
      }
    }
  }

  private String keyOf(Element cell) {
    String explicit = keys.get(cell);
    if (explicit != null) {
      return "(" + explicit + ")";
    }
    return "[" + String.join(", ", cellExpressions.getOrDefault(cell, List.of())) + "]";
  }

  private void wrapCell(Element cell, int index) {
    Element continuation = continuationOf(cell);
    setVMerge(cell, "restart");
    insertBefore(cell, "<#if " + RESTARTS + "[" + index + "]>");
    Node next = cell.getNextSibling();
    Node parent = cell.getParentNode();
    parent.insertBefore(marker("<#else>"), next);
    parent.insertBefore(continuation, next);
    parent.insertBefore(marker("</#if>"), next);
  }

  /** The cell as it stands under the one it continues: same properties, one empty paragraph. */
  private Element continuationOf(Element cell) {
    Element copy = WordXml.create(document, "tc");
    Element tcPr = WordXml.firstChild(cell, "tcPr");
    if (tcPr != null) {
      copy.appendChild(tcPr.cloneNode(true));
    }
    Element p = WordXml.create(document, "p");
    Element firstParagraph = WordXml.firstChild(cell, "p");
    Element pPr = firstParagraph == null ? null : WordXml.firstChild(firstParagraph, "pPr");
    if (pPr != null) {
      p.appendChild(pPr.cloneNode(true));
    }
    copy.appendChild(p);
    setVMerge(copy, null);
    continuations.add(copy);
    return copy;
  }

  /** Sets {@code w:vMerge} at its schema position in the cell's properties. */
  private void setVMerge(Element cell, String value) {
    Element tcPr = WordXml.firstChild(cell, "tcPr");
    if (tcPr == null) {
      tcPr = WordXml.create(document, "tcPr");
      cell.insertBefore(tcPr, cell.getFirstChild());
    }
    Element old = WordXml.firstChild(tcPr, "vMerge");
    if (old != null) {
      tcPr.removeChild(old);
    }
    Element vMerge = WordXml.create(document, "vMerge");
    if (value != null) {
      vMerge.setAttributeNS(WordXml.W, "w:val", value);
    }
    Node anchor = tcPr.getFirstChild();
    while (anchor instanceof Element e
        && List.of("cnfStyle", "tcW", "gridSpan", "hMerge").contains(e.getLocalName())) {
      anchor = anchor.getNextSibling();
    }
    tcPr.insertBefore(vMerge, anchor);
  }

  private static int gridSpan(Element cell) {
    Element tcPr = WordXml.firstChild(cell, "tcPr");
    Element span = tcPr == null ? null : WordXml.firstChild(tcPr, "gridSpan");
    return span == null ? 1 : Integer.parseInt(span.getAttributeNS(WordXml.W, "val"));
  }

  private static int gridBefore(Element row) {
    Element trPr = WordXml.firstChild(row, "trPr");
    Element before = trPr == null ? null : WordXml.firstChild(trPr, "gridBefore");
    return before == null ? 0 : Integer.parseInt(before.getAttributeNS(WordXml.W, "val"));
  }

  private void insertBefore(Node node, String ftl) {
    node.getParentNode().insertBefore(marker(ftl), node);
  }

  private Node marker(String ftl) {
    return document.createTextNode(snippets.marker(ftl, "", ""));
  }
}
