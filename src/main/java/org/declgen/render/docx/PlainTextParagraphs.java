package org.declgen.render.docx;

import org.declgen.template.BlockStyle;

/** A short value as Word paragraphs: each line its own paragraph, text verbatim. */
final class PlainTextParagraphs {
  private PlainTextParagraphs() {}

  static String render(String text, BlockStyle style) {
    ParagraphWriter w = new ParagraphWriter(style);
    if (!text.isEmpty()) {
      for (String line : text.split("\r?\n", -1)) {
        w.startParagraph();
        w.text(line, false, false);
      }
    }
    return w.finish();
  }
}
