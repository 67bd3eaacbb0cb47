package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.freemarker.FreemarkerConfig;
import org.declgen.template.markup.MarkupToken;
import org.declgen.template.markup.MarkupTokenizer;
import org.declgen.template.markup.TypedMarkup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Compiling one Word document: finds the markup typed into its paragraphs, pairs directives, places
 * each around the paragraphs, rows or body parts it governs, wires {@code <@vmerge/>} cells and
 * turns paragraphs that hold a single value into block calls. The result is the document's DOM with
 * markers where FreeMarker source goes, and the markers' snippets.
 */
final class MarkupCompilation {
  private static final Pattern VMERGE_KEY = Pattern.compile("key\\s*=\\s*(.+?)\\s*/?>$");

  /** A change to a paragraph's text, applied once all are known (last first). */
  private record Edit(int start, int end, String replacement) {}

  /** A paragraph that holds one value alone, and the run whose look it keeps. */
  private record Block(ParagraphText paragraph, Element run, MarkupGroup.Located value) {}

  final String name;
  final Document document;
  final TemplateSnippets snippets = new TemplateSnippets();
  final List<BlockStyle> blockStyles = new ArrayList<>();
  final TemplateLocations locations;
  final List<Diagnostic> problems = new ArrayList<>();
  final Map<ParagraphText, List<Edit>> edits = new LinkedHashMap<>();

  /** Markers to put before and after an element, in the order they were found. */
  final Map<Element, List<String>> before = new LinkedHashMap<>();

  final Map<Element, List<String>> after = new LinkedHashMap<>();
  final Map<ParagraphText, List<MarkupGroup.Located>> interpolations = new LinkedHashMap<>();
  final Map<ParagraphText, Integer> inlineDirectives = new HashMap<>();
  final List<Block> blocks = new ArrayList<>();
  final Map<Element, String> vmergeKeys = new LinkedHashMap<>();
  final Map<Element, List<String>> cellExpressions = new HashMap<>();

  /** Every piece of markup as typed, for the template contract. */
  final List<TypedMarkup> markup = new ArrayList<>();

  private final FreemarkerConfig freemarker;
  private final Messages messages;

  MarkupCompilation(
      FreemarkerConfig freemarker, Messages messages, String name, Document document) {
    this.freemarker = freemarker;
    this.messages = messages;
    this.name = name;
    this.document = document;
    this.locations = new TemplateLocations(document, messages);
  }

  void run() throws DiagnosticException {
    removeEditorNoise();
    List<MarkupGroup> groups = group(tokenize());
    failIfProblems();
    for (MarkupGroup g : groups) {
      place(g);
    }
    failIfProblems();
    placeInterpolations();
    applyEdits();
    applyPlacements();
    new VerticalMerges(document, snippets, vmergeKeys, cellExpressions).wire();
    removeEmptiedParagraphs();
    replaceBlocks();
  }

  private void failIfProblems() throws DiagnosticException {
    if (!problems.isEmpty()) {
      throw new DiagnosticException(problems);
    }
  }

  private void removeEditorNoise() {
    for (String noise : new String[] {"proofErr", "lastRenderedPageBreak"}) {
      for (Element e : WordXml.descendants(document, noise)) {
        e.getParentNode().removeChild(e);
      }
    }
  }

  private List<MarkupGroup.Located> tokenize() {
    List<MarkupGroup.Located> all = new ArrayList<>();
    for (Element p : WordXml.descendants(document, "p")) {
      ParagraphText text = new ParagraphText(p);
      String where = locations.describe(p);
      try {
        for (MarkupToken t : MarkupTokenizer.tokenize(text.text())) {
          if (t.kind() == MarkupToken.Kind.INTERPOLATION) {
            freemarker
                .syntaxError(t.text())
                .ifPresent(
                    problem ->
                        problems.add(
                            error("template.markup.bad-expression", where, t.text(), problem)));
          }
          all.add(new MarkupGroup.Located(t, text, where));
          if (t.kind() != MarkupToken.Kind.COMMENT) {
            markup.add(new TypedMarkup(t.text(), where));
          }
        }
      } catch (MarkupTokenizer.MarkupException e) {
        String typed = TemplateLocations.shorten(text.text().substring(e.offset()));
        problems.add(error("template.markup." + e.getMessage(), where, typed));
      }
    }
    return all;
  }

  private List<MarkupGroup> group(List<MarkupGroup.Located> tokens) {
    List<MarkupGroup> groups = new ArrayList<>();
    List<MarkupGroup> open = new ArrayList<>();
    for (MarkupGroup.Located l : tokens) {
      MarkupToken t = l.token();
      switch (t.kind()) {
        case INTERPOLATION -> {
          interpolations.computeIfAbsent(l.paragraph(), k -> new ArrayList<>()).add(l);
          Element cell = WordXml.ancestor(l.paragraph().paragraph(), "tc");
          if (cell != null) {
            cellExpressions.computeIfAbsent(cell, k -> new ArrayList<>()).add(t.expression());
          }
        }
        case OPEN -> {
          MarkupGroup g = new MarkupGroup(l);
          groups.add(g);
          open.add(g);
        }
        case MIDDLE -> {
          if (open.isEmpty()) {
            problems.add(error("template.markup.stray-middle", l.where(), t.text()));
          } else {
            open.get(open.size() - 1).middles.add(l);
          }
        }
        case CLOSE -> close(open, l);
        case SELF_CONTAINED, COMMENT -> groups.add(new MarkupGroup(l));
      }
    }
    for (MarkupGroup g : open) {
      String name = g.open.token().name();
      String closing = name.startsWith("@") ? "</" + name + ">" : "</#" + name + ">";
      problems.add(
          error("template.markup.unclosed", g.open.where(), g.open.token().text(), closing));
    }
    return groups;
  }

  private void close(List<MarkupGroup> open, MarkupGroup.Located l) {
    if (open.isEmpty()) {
      problems.add(error("template.markup.stray-close", l.where(), l.token().text()));
      return;
    }
    MarkupGroup top = open.remove(open.size() - 1);
    if (!top.open.token().name().equals(l.token().name())) {
      problems.add(
          error(
              "template.markup.mismatch",
              l.where(),
              l.token().text(),
              top.open.token().text(),
              top.open.where()));
    }
    top.close = l;
  }

  private void place(MarkupGroup g) {
    MarkupToken first = g.open.token();
    if (first.kind() == MarkupToken.Kind.COMMENT) {
      remove(g.open);
    } else if (first.name().equals("@vmerge")) {
      annotateVmerge(g.open);
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
    if (g.close != null || !g.middles.isEmpty()) {
      return false;
    }
    ParagraphText p = g.open.paragraph();
    return p.text().substring(0, g.open.token().start()).isBlank()
        && p.text().substring(g.open.token().end()).isBlank()
        && !interpolations.containsKey(p);
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
    Element openPara = g.open.paragraph().paragraph();
    Element closePara = g.close == null ? openPara : g.close.paragraph().paragraph();
    Node common = commonAncestor(openPara, closePara);
    for (MarkupGroup.Located l : g.middles) {
      common = commonAncestor(common, l.paragraph().paragraph());
    }
    for (MarkupGroup.Located l : g.all()) {
      Map<Element, List<String>> side = l == g.close ? after : before;
      String marker = snippets.marker(l.token().text(), l.token().text(), l.where());
      side.computeIfAbsent(target(common, l.paragraph().paragraph()), k -> new ArrayList<>())
          .add(marker);
      remove(l);
    }
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
    interpolations.forEach(
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

  private void replaceBlocks() {
    for (Block b : blocks) {
      Element p = b.paragraph().paragraph();
      blockStyles.add(BlockStyles.of(p, b.run()));
      String ftl =
          "${_dg.block(" + b.value().token().expression() + ", " + (blockStyles.size() - 1) + ")}";
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
          || interpolations.containsKey(p)
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

  private Diagnostic error(String key, Object... args) {
    return Diagnostic.error(
        SourcePosition.ofFile(name),
        key,
        messages.get(key, args),
        messages.get("template.markup.hint"));
  }
}
