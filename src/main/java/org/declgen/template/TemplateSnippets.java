package org.declgen.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FreeMarker pieces that replace markers in a template's XML, each with where it came from, so
 * an error found in the generated source can be told in the document's own terms.
 */
final class TemplateSnippets {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final Pattern MARKER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

  /** One piece: the FreeMarker text, the markup as typed, and where it was typed. */
  record Snippet(String ftl, String markup, String where) {}

  /** Where a snippet ended up in the assembled source. */
  record Placed(int start, int end, Snippet snippet) {}

  private final List<Snippet> snippets = new ArrayList<>();
  private final List<Placed> placed = new ArrayList<>();

  /** Registers a snippet and returns the marker text that stands for it in the XML. */
  String marker(String ftl, String markup, String where) {
    snippets.add(new Snippet(ftl, markup, where));
    return OPEN + Integer.toString(snippets.size() - 1) + CLOSE;
  }

  /** Replaces every marker in serialised XML with its FreeMarker text. */
  String assemble(String xml) {
    StringBuilder out = new StringBuilder(xml.length() + 1024);
    Matcher m = MARKER.matcher(xml);
    int last = 0;
    while (m.find()) {
      out.append(xml, last, m.start());
      Snippet s = snippets.get(Integer.parseInt(m.group(1)));
      int start = out.length();
      out.append(s.ftl());
      placed.add(new Placed(start, out.length(), s));
      last = m.end();
    }
    out.append(xml, last, xml.length());
    return out.toString();
  }

  /** The snippet at or just before an offset in the assembled source, if any. */
  Snippet at(int offset) {
    Snippet best = null;
    for (Placed p : placed) {
      if (p.start() <= offset) {
        best = p.snippet();
      }
    }
    return best;
  }

  List<Snippet> all() {
    return List.copyOf(snippets);
  }

  List<Placed> placed() {
    return List.copyOf(placed);
  }

  /** Snippets as they stood after {@link #assemble}, read back from the compiled-form cache. */
  static TemplateSnippets restore(List<Snippet> snippets, List<Placed> placed) {
    TemplateSnippets s = new TemplateSnippets();
    s.snippets.addAll(snippets);
    s.placed.addAll(placed);
    return s;
  }
}
