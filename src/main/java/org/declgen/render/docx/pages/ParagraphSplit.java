package org.declgen.render.docx.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed paragraph in two at a place in its text (the start of a line), as two paragraphs
 * with the same properties: the runs before the place in the first, the rest in the second, a run
 * that holds the place cut in two with its properties on both halves. At a line break of the text
 * the break itself is dropped: the second paragraph starts the new line.
 */
final class ParagraphSplit {
  private ParagraphSplit() {}

  /**
   * The paragraph's two halves, or null when it has no text to split at {@code offset}.
   *
   * @param offset where the second half starts in the paragraph's text (as {@link RowXml#text}
   *     reads it); when the text has a line break just before, the break is dropped
   */
  static String[] at(String paragraph, int offset) {
    String text = RowXml.text(paragraph, 0, paragraph.length());
    if (offset > 0 && offset <= text.length() && text.charAt(offset - 1) == '\n') {
      return at(paragraph, offset - 1, true);
    }
    return at(paragraph, offset, false);
  }

  private static String[] at(String paragraph, int offset, boolean dropBreak) {
    int openEnd = RowXml.tagEnd(paragraph, 0) + 1;
    if (paragraph.charAt(openEnd - 2) == '/') {
      return null;
    }
    String open = paragraph.substring(0, openEnd);
    int closeStart = paragraph.lastIndexOf('<');
    List<RowXml.Span> children = elements(paragraph, openEnd, closeStart);
    String properties = "";
    int first = 0;
    if (!children.isEmpty() && RowXml.isNamed(paragraph, children.get(0).start() + 1, "w:pPr")) {
      properties = slice(paragraph, children.get(0));
      first = 1;
    }
    StringBuilder before = new StringBuilder(open).append(properties);
    StringBuilder after = new StringBuilder(open).append(properties);
    int position = 0;
    boolean split = false;
    for (int c = first; c < children.size(); c++) {
      RowXml.Span child = children.get(c);
      String xml = slice(paragraph, child);
      if (split) {
        after.append(xml);
        continue;
      }
      boolean run = RowXml.isNamed(paragraph, child.start() + 1, "w:r");
      int length = RowXml.text(paragraph, child.start(), child.end()).length();
      if (position + length <= offset) {
        before.append(xml);
      } else if (run && (offset > position || dropBreak && offset == position)) {
        splitRun(xml, offset - position, dropBreak, before, after);
        split = true;
      } else {
        after.append(xml);
        split = true;
      }
      position += length;
    }
    if (!split) {
      return null;
    }
    return new String[] {before.append("</w:p>").toString(), after.append("</w:p>").toString()};
  }

  /** Cuts a run at a place in its text, appending the halves, each with the run's properties. */
  private static void splitRun(
      String run, int offset, boolean dropBreak, StringBuilder before, StringBuilder after) {
    int openEnd = RowXml.tagEnd(run, 0) + 1;
    String open = run.substring(0, openEnd);
    List<RowXml.Span> children = elements(run, openEnd, run.lastIndexOf('<'));
    String properties = "";
    int first = 0;
    if (!children.isEmpty() && RowXml.isNamed(run, children.get(0).start() + 1, "w:rPr")) {
      properties = slice(run, children.get(0));
      first = 1;
    }
    before.append(open).append(properties);
    after.append(open).append(properties);
    int position = 0;
    boolean split = false;
    for (int c = first; c < children.size(); c++) {
      RowXml.Span child = children.get(c);
      String xml = slice(run, child);
      if (split) {
        after.append(xml);
        continue;
      }
      String text = RowXml.text(run, child.start(), child.end());
      if (dropBreak && position == offset && text.equals("\n")) {
        split = true;
      } else if (position + text.length() <= offset) {
        before.append(xml);
      } else if (RowXml.isNamed(run, child.start() + 1, "w:t") && offset > position) {
        before.append(textElement(text.substring(0, offset - position)));
        after.append(textElement(text.substring(offset - position)));
        split = true;
      } else {
        after.append(xml);
        split = true;
      }
      position += text.length();
    }
    before.append("</w:r>");
    after.append("</w:r>");
  }

  private static String textElement(String text) {
    StringBuilder t = new StringBuilder("<w:t xml:space=\"preserve\">");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> t.append("&amp;");
        case '<' -> t.append("&lt;");
        case '>' -> t.append("&gt;");
        case '"' -> t.append("&quot;");
        default -> t.append(c);
      }
    }
    return t.append("</w:t>").toString();
  }

  /** Every element directly inside {@code [from, to)}. */
  static List<RowXml.Span> elements(CharSequence xml, int from, int to) {
    List<RowXml.Span> found = new ArrayList<>();
    int i = from;
    while (true) {
      int open = RowXml.indexOf(xml, '<', i, to);
      if (open < 0) {
        return found;
      }
      if (xml.charAt(open + 1) == '/') {
        i = RowXml.tagEnd(xml, open) + 1;
        continue;
      }
      int end = RowXml.elementEnd(xml, open);
      found.add(new RowXml.Span(open, end));
      i = end;
    }
  }

  private static String slice(String xml, RowXml.Span span) {
    return xml.substring(span.start(), span.end());
  }
}
