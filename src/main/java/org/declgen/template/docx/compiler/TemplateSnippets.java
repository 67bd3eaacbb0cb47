package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.template.docx.SourceMap;
import org.declgen.template.docx.TemplateUsage;

/**
 * The FreeMarker pieces that replace markers in a template's XML, each with where it came from, so
 * an error found in the generated source can be told in the document's own terms.
 */
final class TemplateSnippets {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final Pattern MARKER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

  /** One piece: the FreeMarker text, the markup as typed, and where it was typed. */
  private record Snippet(String ftl, String markup, String where) {}

  /** The FreeMarker source and where each of its pieces came from. */
  record Assembled(String ftl, SourceMap sourceMap) {}

  private final List<Snippet> snippets = new ArrayList<>();

  /** Whether text holds a marker, i.e. FreeMarker source will stand there. */
  static boolean holdsMarker(String text) {
    return text.indexOf(OPEN) >= 0;
  }

  /** Registers a snippet and returns the marker text that stands for it in the XML. */
  String marker(String ftl, String markup, String where) {
    snippets.add(new Snippet(ftl, markup, where));
    return OPEN + Integer.toString(snippets.size() - 1) + CLOSE;
  }

  /** Replaces every marker in serialised XML with its FreeMarker text. */
  Assembled assemble(String xml) {
    StringBuilder out = new StringBuilder(xml.length() + 1024);
    List<SourceMap.Span> spans = new ArrayList<>();
    Matcher m = MARKER.matcher(xml);
    int last = 0;
    while (m.find()) {
      out.append(xml, last, m.start());
      Snippet s = snippets.get(Integer.parseInt(m.group(1)));
      int start = out.length();
      out.append(s.ftl());
      spans.add(new SourceMap.Span(start, out.length(), s.markup(), s.where()));
      last = m.end();
    }
    out.append(xml, last, xml.length());
    return new Assembled(out.toString(), new SourceMap(spans));
  }

  /** The markup a person typed, in the order it was found, with where. */
  List<TemplateUsage.Entry> usage() {
    List<TemplateUsage.Entry> usage = new ArrayList<>();
    for (Snippet s : snippets) {
      if (!s.markup().isEmpty()) {
        usage.add(new TemplateUsage.Entry(s.markup(), s.where()));
      }
    }
    return usage;
  }
}
