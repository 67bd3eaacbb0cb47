package org.declgen.template.docx.compiler;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.TemplateRuntime.Call;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Tells the runtime, as a form is printed, where each table starts and ends and where each table
 * row and body paragraph ends, so it can measure them and decide the pages: a call right before
 * each table and right after each row and paragraph, inside any directive that repeats or omits it.
 * What is printed between two calls is the row or paragraph the second one ends.
 */
final class LayoutWiring {
  private final Document document;
  private final TemplateSnippets snippets;

  private LayoutWiring(Document document, TemplateSnippets snippets) {
    this.document = document;
    this.snippets = snippets;
  }

  /**
   * Wires the tables and paragraphs of a plan.
   *
   * @param started the tables that already announce their start (tables with grouped merges)
   */
  static void wire(
      Document document, TemplateSnippets snippets, LayoutReader.Plan plan, Set<Element> started) {
    LayoutWiring w = new LayoutWiring(document, snippets);
    for (Map.Entry<Element, Integer> t : plan.tables().entrySet()) {
      w.table(t.getKey(), t.getValue(), !started.contains(t.getKey()));
    }
    List<Element> paragraphs = plan.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      w.after(paragraphs.get(i), Call.PARAGRAPH_END.ftl(Integer.toString(i)));
    }
  }

  private void table(Element table, int number, boolean announceStart) {
    String id = Integer.toString(number);
    if (announceStart) {
      table.getParentNode().insertBefore(call(Call.TABLE_START.ftl(id)), table);
    }
    List<Element> rows = WordXml.children(table, "tr");
    for (int r = 0; r < rows.size(); r++) {
      String row = Integer.toString(r);
      after(rows.get(r), Call.ROW_END.ftl(id, row));
    }
    table.appendChild(call(Call.TABLE_END.ftl(id)));
  }

  private void after(Element element, String ftl) {
    element.getParentNode().insertBefore(call(ftl), element.getNextSibling());
  }

  private Node call(String ftl) {
    return document.createTextNode(snippets.marker("${" + ftl + "}", "", ""));
  }
}
