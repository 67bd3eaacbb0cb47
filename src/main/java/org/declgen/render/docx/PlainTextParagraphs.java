package org.declgen.render.docx;

import java.util.regex.Pattern;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.layout.LineBreaks;

/**
 * A short value as Word paragraphs: each line its own paragraph, text verbatim. Where it is placed
 * is known (the template decides its pages), a line whose last printed line would hold a single
 * character gets line breaks where a person would put them ({@link LineBreaks#balance}).
 */
final class PlainTextParagraphs {
  private static final Pattern LINE = Pattern.compile("\r?\n");

  private PlainTextParagraphs() {}

  static String render(String text, BlockStyle style) {
    ParagraphWriter w = new ParagraphWriter(style);
    if (!text.isEmpty()) {
      for (String line : lines(text)) {
        w.startParagraph();
        w.text(line, false, false);
      }
    }
    return w.finish();
  }

  /** The paragraphs, measured and balanced by {@code height} when it is not null. */
  static String render(String text, BlockStyle style, TextHeight height) {
    if (height == null) {
      return render(text, style);
    }
    ParagraphWriter w = new ParagraphWriter(style);
    if (text.isEmpty()) {
      height.addLines(1);
    } else {
      for (String line : lines(text)) {
        w.startParagraph();
        height.addLines(height.lines(line));
        balanced(w, height.balanced(line));
      }
    }
    return w.finish();
  }

  /** The value's lines; most values are one, which needs no pattern. */
  private static String[] lines(String text) {
    return text.indexOf('\n') < 0 ? new String[] {text} : LINE.split(text, -1);
  }

  private static void balanced(ParagraphWriter w, String line) {
    int from = 0;
    for (int at = line.indexOf('\n'); at >= 0; at = line.indexOf('\n', from)) {
      w.text(line.substring(from, at), false, false);
      w.lineBreak();
      from = at + 1;
    }
    w.text(line.substring(from), false, false);
  }
}
