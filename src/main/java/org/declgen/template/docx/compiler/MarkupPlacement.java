package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.TemplateRuntime;
import org.declgen.template.docx.layout.BlockPlace;
import org.declgen.template.docx.layout.PrintLayout;
import org.declgen.template.markup.MarkupToken;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Places the markup a scan found into the document: inline tags stay in their paragraph's text, a
 * directive that spans paragraphs goes around the paragraphs, rows or body parts it governs, {@code
 * <@vmerge/>} cells are wired, and a paragraph that holds a single value becomes a call that prints
 * it as paragraphs in the paragraph's look. Where FreeMarker source goes, the document then holds
 * markers of {@link TemplateSnippets}.
 */
final class MarkupPlacement {
  private static final Pattern VMERGE_KEY = Pattern.compile("key\\s*=\\s*(.+?)\\s*/?>$");

  /** A change to a paragraph's text, applied once all are known (last first). */
  private record Edit(int start, int end, String replacement) {}

  /** A paragraph that holds one value alone, and the run whose look it keeps. */
  private record Block(ParagraphText paragraph, Element run, MarkupGroup.Located value) {}

  private final String name;
  private final Messages messages;
  private final Document document;
  private final MarkupScan.Found found;
  private final TemplateSnippets snippets;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<ParagraphText, List<Edit>> edits = new LinkedHashMap<>();

  /** Markers to put before and after an element, in the order they were found. */
  private final Map<Element, List<String>> before = new LinkedHashMap<>();

  private final Map<Element, List<String>> after = new LinkedHashMap<>();
  private final Map<ParagraphText, Integer> inlineDirectives = new HashMap<>();
  private final List<Block> blocks = new ArrayList<>();
  private final Map<Element, String> vmergeKeys = new LinkedHashMap<>();
  private final List<BlockStyle> blockStyles = new ArrayList<>();

  /** The first and last row of each list whose items are several rows of a table. */
  private final List<Element[]> rowGroups = new ArrayList<>();

  private MarkupPlacement(
      String name,
      Messages messages,
      Document document,
      MarkupScan.Found found,
      TemplateSnippets snippets) {
    this.name = name;
    this.messages = messages;
    this.document = document;
    this.found = found;
    this.snippets = snippets;
  }

  /**
   * What placing gives: the looks of the paragraphs that hold a single value, indexed as the
   * generated calls name them, and the print layout (null when pages are left to the office suite).
   */
  record Placed(List<BlockStyle> blockStyles, PrintLayout layout) {}

  /**
   * Places everything a scan found.
   *
   * @param styles the template's styles, to read its print layout with and wire the calls that let
   *     the renderer decide pages; null to leave pages to the office suite
   */
  static Placed place(
      Document document,
      MarkupScan.Found found,
      TemplateSnippets snippets,
      Messages messages,
      String name,
      StyleSheet styles)
      throws DiagnosticException {
    MarkupPlacement p = new MarkupPlacement(name, messages, document, found, snippets);
    for (MarkupGroup g : found.groups()) {
      p.place(g);
    }
    if (!p.problems.isEmpty()) {
      throw new DiagnosticException(p.problems);
    }
    p.placeInterpolations();
    p.applyEdits();
    p.applyPlacements();
    VerticalMerges merges =
        new VerticalMerges(document, snippets, p.vmergeKeys, found.cellExpressions());
    merges.wire();
    p.removeEmptiedParagraphs();
    PrintLayout layout = null;
    Map<Element, BlockPlace> places = Map.of();
    if (styles != null) {
      LayoutReader.Plan plan =
          LayoutReader.read(
              document,
              styles,
              p.blockRuns(),
              merges.cells(),
              merges.continuations(),
              p.rowsKeptWithNext());
      LayoutWiring.wire(document, snippets, plan, merges.tables());
      layout = plan.layout();
      places = plan.places();
    }
    p.replaceBlocks(places);
    return new Placed(List.copyOf(p.blockStyles), layout);
  }

  /** The paragraphs that hold a single value, each with the run whose look it keeps. */
  private Map<Element, Element> blockRuns() {
    Map<Element, Element> runs = new IdentityHashMap<>();
    for (Block b : blocks) {
      runs.put(b.paragraph().paragraph(), b.run());
    }
    return runs;
  }

  private void place(MarkupGroup g) {
    MarkupToken first = g.open().token();
    if (first.kind() == MarkupToken.Kind.COMMENT) {
      remove(g.open());
    } else if (first.name().equals("@vmerge")) {
      annotateVmerge(g.open());
    } else if (g.inOneParagraph() && !standsAlone(g)) {
      for (MarkupGroup.Located l : g.all()) {
        inline(l);
      }
    } else {
      placeAroundElements(g);
    }
  }

  /** A self-contained directive alone in its paragraph takes the paragraph's place. */
  private boolean standsAlone(MarkupGroup g) {
    if (g.close() != null || !g.middles().isEmpty()) {
      return false;
    }
    ParagraphText p = g.open().paragraph();
    return p.text().substring(0, g.open().token().start()).isBlank()
        && p.text().substring(g.open().token().end()).isBlank()
        && !found.interpolations().containsKey(p);
  }

  private void inline(MarkupGroup.Located l) {
    MarkupToken t = l.token();
    edit(l, snippets.marker(t.text(), t.text(), l.where()));
    inlineDirectives.merge(l.paragraph(), 1, Integer::sum);
  }

  private void remove(MarkupGroup.Located l) {
    edit(l, "");
  }

  private void edit(MarkupGroup.Located l, String replacement) {
    edits
        .computeIfAbsent(l.paragraph(), k -> new ArrayList<>())
        .add(new Edit(l.token().start(), l.token().end(), replacement));
  }

  private void annotateVmerge(MarkupGroup.Located l) {
    Element cell = WordXml.ancestor(l.paragraph().paragraph(), "tc");
    if (cell == null || WordXml.ancestor(cell, "tr") == null) {
      problems.add(error("template.vmerge.outside-table", l.where(), l.token().text()));
      return;
    }
    Matcher m = VMERGE_KEY.matcher(l.token().text());
    vmergeKeys.put(cell, m.find() ? m.group(1) : null);
    remove(l);
  }

  private void placeAroundElements(MarkupGroup g) {
    Element openPara = g.open().paragraph().paragraph();
    Element closePara = g.close() == null ? openPara : g.close().paragraph().paragraph();
    Node common = commonAncestor(openPara, closePara);
    for (MarkupGroup.Located l : g.middles()) {
      common = commonAncestor(common, l.paragraph().paragraph());
    }
    if (leavesItsTable(g, common)) {
      problems.add(crossesTable(g));
      return;
    }
    if (isList(g) && WordXml.is(common, "tbl")) {
      Element first = target(common, openPara);
      Element last = target(common, closePara);
      if (first != last) {
        rowGroups.add(new Element[] {first, last});
      }
    }
    for (MarkupGroup.Located l : g.all()) {
      Map<Element, List<String>> side = l == g.close() ? after : before;
      String marker = snippets.marker(l.token().text(), l.token().text(), l.where());
      side.computeIfAbsent(target(common, l.paragraph().paragraph()), k -> new ArrayList<>())
          .add(marker);
      remove(l);
    }
  }

  private static boolean isList(MarkupGroup g) {
    String name = g.open().token().name();
    return name.equals("list") || name.equals("items");
  }

  /**
   * The rows an item of a list keeps on the page of the row after it: each row but the last of a
   * list whose items are several rows (a task's name row and its content row), so that no page
   * parts an item. A list that holds such a list itself is a whole block, not an item: it is left
   * to break between its rows.
   */
  private Set<Element> rowsKeptWithNext() {
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element[] group : rowGroups) {
      List<Element> rows = rowsOf(group);
      boolean holdsAnother =
          rowGroups.stream()
              .anyMatch(
                  other -> other != group && rows.contains(other[0]) && rows.contains(other[1]));
      if (!holdsAnother) {
        kept.addAll(rows.subList(0, rows.size() - 1));
      }
    }
    return kept;
  }

  private static List<Element> rowsOf(Element[] group) {
    List<Element> rows = new ArrayList<>();
    for (Node n = group[0]; n != null; n = n.getNextSibling()) {
      if (WordXml.is(n, "tr")) {
        rows.add((Element) n);
      }
      if (n == group[1]) {
        break;
      }
    }
    return rows;
  }

  /**
   * True when a tag typed in a table pairs with one outside that table: the pair would go around
   * whole tables and paragraphs, repeating or hiding half the form, where the author meant rows.
   */
  private static boolean leavesItsTable(MarkupGroup g, Node common) {
    for (MarkupGroup.Located l : g.all()) {
      Element table = WordXml.ancestor(l.paragraph().paragraph(), "tbl");
      if (table != null && table != common && !isAncestor(table, common)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Node ancestor, Node node) {
    for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The element a structural tag goes around: a row, or the common ancestor's child. */
  private Element target(Node common, Element paragraph) {
    if (WordXml.is(common, "tr") || WordXml.is(common, "p")) {
      return (Element) common;
    }
    Node n = paragraph;
    while (n.getParentNode() != common) {
      n = n.getParentNode();
    }
    return (Element) n;
  }

  private Node commonAncestor(Node a, Node b) {
    List<Node> chain = new ArrayList<>();
    for (Node n = a; n != null; n = n.getParentNode()) {
      chain.add(n);
    }
    for (Node n = b; n != null; n = n.getParentNode()) {
      if (chain.contains(n)) {
        return n;
      }
    }
    return document.getDocumentElement();
  }

  private void placeInterpolations() {
    found
        .interpolations()
        .forEach(
            (paragraph, located) -> {
              if (located.size() == 1 && isAlone(paragraph, located.get(0))) {
                MarkupGroup.Located value = located.get(0);
                Element run = WordXml.ancestor(paragraph.textElementAt(value.token().start()), "r");
                blocks.add(new Block(paragraph, run, value));
                return;
              }
              for (MarkupGroup.Located l : located) {
                String ftl = "${" + l.token().expression() + "}";
                edit(l, snippets.marker(ftl, l.token().text(), l.where()));
              }
            });
  }

  /** True when, markup removed, the paragraph shows nothing but this one value. */
  private boolean isAlone(ParagraphText paragraph, MarkupGroup.Located value) {
    if (inlineDirectives.containsKey(paragraph)) {
      return false;
    }
    StringBuilder rest = new StringBuilder(paragraph.text());
    List<Edit> removed = new ArrayList<>(edits.getOrDefault(paragraph, List.of()));
    removed.add(new Edit(value.token().start(), value.token().end(), ""));
    removed.sort((x, y) -> Integer.compare(y.start(), x.start()));
    for (Edit e : removed) {
      rest.delete(e.start(), e.end());
    }
    return rest.toString().isBlank();
  }

  private void applyEdits() {
    edits.forEach(
        (paragraph, list) -> {
          list.sort((x, y) -> Integer.compare(y.start(), x.start()));
          for (Edit e : list) {
            paragraph.replace(e.start(), e.end(), e.replacement());
          }
        });
  }

  private void applyPlacements() {
    before.forEach(
        (element, markers) -> {
          for (String m : markers) {
            element.getParentNode().insertBefore(document.createTextNode(m), element);
          }
        });
    after.forEach(
        (element, markers) -> {
          Node anchor = element.getNextSibling();
          for (String m : markers) {
            element.getParentNode().insertBefore(document.createTextNode(m), anchor);
          }
        });
  }

  private void replaceBlocks(Map<Element, BlockPlace> places) {
    for (Block b : blocks) {
      Element p = b.paragraph().paragraph();
      blockStyles.add(BlockStyles.of(p, b.run(), places.get(p)));
      String call =
          TemplateRuntime.Call.PARAGRAPHS.ftl(
              b.value().token().expression(), Integer.toString(blockStyles.size() - 1));
      String ftl = "${" + call + "}";
      String marker = snippets.marker(ftl, b.value().token().text(), b.value().where());
      p.getParentNode().insertBefore(document.createTextNode(marker), p);
      p.getParentNode().removeChild(p);
    }
  }

  private void removeEmptiedParagraphs() {
    for (ParagraphText p : edits.keySet()) {
      Element para = p.paragraph();
      if (para.getParentNode() == null) {
        continue;
      }
      p.removeEmptyRuns();
      if (!p.isVisuallyEmpty()
          || holdsSection(para)
          || found.interpolations().containsKey(p)
          || inlineDirectives.containsKey(p)) {
        continue;
      }
      Element cell = WordXml.ancestor(para, "tc");
      if (cell != null
          && WordXml.children(cell, "p").size() <= 1
          && WordXml.children(cell, "tbl").isEmpty()) {
        continue;
      }
      para.getParentNode().removeChild(para);
    }
  }

  private boolean holdsSection(Element p) {
    Element pPr = WordXml.firstChild(p, "pPr");
    return pPr != null && WordXml.firstChild(pPr, "sectPr") != null;
  }

  private Diagnostic crossesTable(MarkupGroup g) {
    String key = "template.markup.crosses-table";
    return Diagnostic.error(
        SourcePosition.ofFile(name),
        key,
        messages.get(
            key,
            g.open().where(),
            g.open().token().text(),
            g.close().where(),
            g.close().token().text()),
        messages.get(key + ".hint"));
  }

  private Diagnostic error(String key, Object... args) {
    return Diagnostic.error(
        SourcePosition.ofFile(name),
        key,
        messages.get(key, args),
        messages.get("template.markup.hint"));
  }
}
