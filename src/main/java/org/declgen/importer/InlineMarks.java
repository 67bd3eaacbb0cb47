package org.declgen.importer;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a line of Markdown-light reads back as given runs of plain, bold and italic text, asked
 * of the same Markdown parser the Word renderer uses, so that the marks import writes are the marks
 * that print as the source did. Only short lines are asked (the parser is not linear on every
 * input); a longer line is never given marks.
 */
final class InlineMarks {
  /** Lines longer than this keep their text and lose their formatting. */
  static final int MAX_CHARS = 1_000;

  private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

  /** A run of text and how it is set. */
  record Run(String text, boolean bold, boolean italic) {}

  private InlineMarks() {}

  static boolean readsAs(String line, List<Run> runs) {
    if (line.length() > MAX_CHARS) {
      return false;
    }
    Node doc = PARSER.parse(line);
    Node paragraph = doc.getFirstChild();
    if (!(paragraph instanceof Paragraph) || paragraph.getNext() != null) {
      return false;
    }
    List<Run> read = new ArrayList<>();
    if (!inlines(paragraph, false, false, read)) {
      return false;
    }
    return merged(read).equals(merged(runs));
  }

  private static boolean inlines(Node parent, boolean bold, boolean italic, List<Run> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      boolean ok =
          n instanceof Text
              ? out.add(new Run(n.getChars().unescape(), bold, italic))
              : n instanceof StrongEmphasis
                  ? inlines(n, true, italic, out)
                  : n instanceof Emphasis && inlines(n, bold, true, out);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Neighbouring runs set alike as one; empty runs dropped. */
  static List<Run> merged(List<Run> runs) {
    List<Run> result = new ArrayList<>();
    for (Run r : runs) {
      if (r.text().isEmpty()) {
        continue;
      }
      Run last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && last.bold() == r.bold() && last.italic() == r.italic()) {
        result.set(result.size() - 1, new Run(last.text() + r.text(), r.bold(), r.italic()));
      } else {
        result.add(r);
      }
    }
    return result;
  }
}
