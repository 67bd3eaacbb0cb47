package org.declgen.render.docx;

import java.util.regex.Pattern;
import org.declgen.template.docx.BlockStyle;

/** A short value as Word paragraphs: each line its own paragraph, text verbatim. */
final class PlainTextParagraphs {
  private static final Pattern LINE = Pattern.compile("\r?\n");

  private PlainTextParagraphs() {}

  static String render(String text, BlockStyle style) {
    ParagraphWriter w = new ParagraphWriter(style);
    if (!text.isEmpty()) {
      for (String line : LINE.split(text, -1)) {
        w.startParagraph();
        w.text(line, false, false);
      }
    }
    return w.finish();
  }
}
