package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.internal.WordXml;
import org.declgen.template.freemarker.FreemarkerConfig;
import org.declgen.template.markup.FullWidthMarkup;
import org.declgen.template.markup.MarkupToken;
import org.declgen.template.markup.MarkupTokenizer;
import org.declgen.template.markup.TypedMarkup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds the markup typed into a document's paragraphs and pairs its directives; every problem found
 * (unreadable markup, a bad expression, a stray or unclosed tag) is reported at once.
 */
final class MarkupScan {
  /**
   * What the scan found.
   *
   * @param groups directives with their middle and closing tags, in the order they were opened
   * @param interpolations the {@code ${…}} of each paragraph that has any, in document order
   * @param cellExpressions the expressions interpolated in each table cell, the default key of a
   *     vertical merge there
   * @param markup every piece of markup as typed but comments, for the template contract
   */
  record Found(
      List<MarkupGroup> groups,
      Map<ParagraphText, List<MarkupGroup.Located>> interpolations,
      Map<Element, List<String>> cellExpressions,
      List<TypedMarkup> markup) {
    Found {
      groups = List.copyOf(groups);
      interpolations = Collections.unmodifiableMap(new LinkedHashMap<>(interpolations));
      cellExpressions = Collections.unmodifiableMap(new LinkedHashMap<>(cellExpressions));
      markup = List.copyOf(markup);
    }
  }

  /** A directive being paired: its tags so far. */
  private static final class Pairing {
    final MarkupGroup.Located open;
    final List<MarkupGroup.Located> middles = new ArrayList<>();
    MarkupGroup.Located close;

    Pairing(MarkupGroup.Located open) {
      this.open = open;
    }

    MarkupGroup group() {
      return new MarkupGroup(open, middles, close);
    }
  }

  private final String name;
  private final Messages messages;
  private final FreemarkerConfig freemarker;
  private final TemplateLocations locations;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<ParagraphText, List<MarkupGroup.Located>> interpolations =
      new LinkedHashMap<>();
  private final Map<Element, List<String>> cellExpressions = new HashMap<>();
  private final List<TypedMarkup> markup = new ArrayList<>();

  private MarkupScan(
      String name, Messages messages, FreemarkerConfig freemarker, TemplateLocations locations) {
    this.name = name;
    this.messages = messages;
    this.freemarker = freemarker;
    this.locations = locations;
  }

  static Found scan(
      Document document,
      TemplateLocations locations,
      FreemarkerConfig freemarker,
      Messages messages,
      String name)
      throws DiagnosticException {
    MarkupScan scan = new MarkupScan(name, messages, freemarker, locations);
    List<MarkupGroup> groups = scan.pair(scan.tokenize(document));
    if (!scan.problems.isEmpty()) {
      throw new DiagnosticException(scan.problems);
    }
    return new Found(groups, scan.interpolations, scan.cellExpressions, scan.markup);
  }

  private List<MarkupGroup.Located> tokenize(Document document) {
    List<MarkupGroup.Located> all = new ArrayList<>();
    for (Element p : WordXml.descendants(document, "p")) {
      ParagraphText text = new ParagraphText(p);
      String where = locations.describe(p);
      List<FullWidthMarkup.Slip> slips = FullWidthMarkup.find(text.text());
      if (!slips.isEmpty()) {
        slips.forEach(s -> problems.add(s.diagnostic(name, where, messages)));
        continue;
      }
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
            markup.add(new TypedMarkup(t, where));
          }
        }
      } catch (MarkupTokenizer.MarkupException e) {
        String typed = TemplateLocations.shorten(text.text().substring(e.offset()));
        problems.add(error("template.markup." + e.getMessage(), where, typed));
      }
    }
    return all;
  }

  private List<MarkupGroup> pair(List<MarkupGroup.Located> tokens) {
    List<Pairing> inOrder = new ArrayList<>();
    List<Pairing> open = new ArrayList<>();
    for (MarkupGroup.Located l : tokens) {
      MarkupToken t = l.token();
      switch (t.kind()) {
        case INTERPOLATION -> interpolation(l);
        case OPEN -> {
          Pairing p = new Pairing(l);
          inOrder.add(p);
          open.add(p);
        }
        case MIDDLE -> {
          if (open.isEmpty()) {
            problems.add(error("template.markup.stray-middle", l.where(), t.text()));
          } else {
            open.get(open.size() - 1).middles.add(l);
          }
        }
        case CLOSE -> close(open, l);
        case SELF_CONTAINED, COMMENT -> inOrder.add(new Pairing(l));
      }
    }
    for (Pairing p : open) {
      String directive = p.open.token().name();
      String closing = directive.startsWith("@") ? "</" + directive + ">" : "</#" + directive + ">";
      problems.add(
          error("template.markup.unclosed", p.open.where(), p.open.token().text(), closing));
    }
    return inOrder.stream().map(Pairing::group).toList();
  }

  private void interpolation(MarkupGroup.Located l) {
    interpolations.computeIfAbsent(l.paragraph(), k -> new ArrayList<>()).add(l);
    Element cell = WordXml.ancestor(l.paragraph().paragraph(), "tc");
    if (cell != null) {
      cellExpressions.computeIfAbsent(cell, k -> new ArrayList<>()).add(l.token().expression());
    }
  }

  private void close(List<Pairing> open, MarkupGroup.Located l) {
    if (open.isEmpty()) {
      problems.add(error("template.markup.stray-close", l.where(), l.token().text()));
      return;
    }
    Pairing top = open.remove(open.size() - 1);
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

  private Diagnostic error(String key, Object... args) {
    return Diagnostic.error(
        SourcePosition.ofFile(name),
        key,
        messages.get(key, args),
        messages.get("template.markup.hint"));
  }
}
