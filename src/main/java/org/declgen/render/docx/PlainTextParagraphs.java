package org.declgen.render.docx;

import java.util.regex.Pattern;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.layout.LineBreaks;

/**
 * A short value as Word paragraphs: each line its own paragraph, text verbatim. Where it is placed
 * is known (the template decides its pages), a line that would print a line of a single character
 * gets line breaks where a person would put them ({@link LineBreaks#balance}), or, when no break
 * suits it, is set a little narrower to fit one line ({@link LineBreaks#narrowing}).
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
        int lines = height.lines(line);
        String balanced = height.balanced(line);
        int percent =
            lines > 1 && height.aLineAlone() && balanced.equals(line)
                ? height.narrowing(line)
                : 100;
        if (percent < 100) {
          height.addLines(1);
          w.narrowText(line, percent);
        } else {
          height.addLines(lines);
          balanced(w, balanced);
        }
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
