package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.List;
import org.declgen.internal.WordXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph seen as a single string, however many runs the editor split it
 * into, with edits that map back onto the {@code w:t} elements. Proofing marks, bookmarks and
 * rendering hints between runs do not matter: only {@code w:t} text is read.
 */
final class ParagraphText {
  /** One {@code w:t} element and where its text sits in the paragraph string. */
  private static final class Segment {
    final Element t;
    int start;
    String text;

    Segment(Element t, int start) {
      this.t = t;
      this.start = start;
      this.text = t.getTextContent();
    }
  }

  private final Element paragraph;
  private final List<Segment> segments = new ArrayList<>();

  ParagraphText(Element paragraph) {
    this.paragraph = paragraph;
    int offset = 0;
    for (Element t : WordXml.descendants(paragraph, "t")) {
      if (WordXml.ancestor(t, "p") == paragraph) {
        Segment s = new Segment(t, offset);
        segments.add(s);
        offset += s.text.length();
      }
    }
  }

  Element paragraph() {
    return paragraph;
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      sb.append(s.text);
    }
    return sb.toString();
  }

  /** The {@code w:t} element holding the character at {@code offset}. */
  Element textElementAt(int offset) {
    return segmentAt(offset).t;
  }

  /**
   * Replaces the characters {@code [start, end)} with {@code replacement}, which lands in the
   * {@code w:t} where the range starts (so it takes that run's formatting).
   */
  void replace(int start, int end, String replacement) {
    Segment first = segmentAt(start);
    for (Segment s : segments) {
      int from = Math.max(start, s.start) - s.start;
      int to = Math.min(end, s.start + s.text.length()) - s.start;
      if (from < to || s == first) {
        String insert = s == first ? replacement : "";
        s.text =
            s.text.substring(0, Math.max(0, from))
                + insert
                + s.text.substring(Math.max(Math.max(0, from), to));
      }
    }
    writeBack();
  }

  private Segment segmentAt(int offset) {
    for (Segment s : segments) {
      if (offset < s.start + s.text.length()) {
        return s;
      }
    }
    return segments.get(segments.size() - 1);
  }

  private void writeBack() {
    int offset = 0;
    for (Segment s : segments) {
      s.start = offset;
      offset += s.text.length();
      s.t.setTextContent(s.text);
      s.t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    }
  }

  /** Removes runs left with nothing to show after markup was taken out of them. */
  void removeEmptyRuns() {
    for (Segment s : segments) {
      Element run = WordXml.ancestor(s.t, "r");
      if (s.text.isEmpty() && run != null && onlyEmptyText(run)) {
        run.getParentNode().removeChild(run);
      }
    }
  }

  private static boolean onlyEmptyText(Element run) {
    for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && !WordXml.is(e, "rPr")
          && !(WordXml.is(e, "t") && e.getTextContent().isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /** True when the paragraph shows nothing but whitespace (no text, drawing, field or break). */
  boolean isVisuallyEmpty() {
    if (!text().isBlank()) {
      return false;
    }
    for (String content :
        new String[] {"drawing", "pict", "object", "fldSimple", "instrText", "sym", "tab", "br"}) {
      if (!WordXml.descendants(paragraph, content).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
