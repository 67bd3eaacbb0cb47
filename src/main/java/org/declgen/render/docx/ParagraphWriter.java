package org.declgen.render.docx;

import org.declgen.template.docx.BlockStyle;

/** Builds Word paragraphs in the look of one template paragraph. */
final class ParagraphWriter {
  private final BlockStyle style;
  private final StringBuilder out = new StringBuilder();
  private boolean open;
  private int paragraphs;

  ParagraphWriter(BlockStyle style) {
    this.style = style;
  }

  void startParagraph() {
    endParagraph();
    out.append("<w:p>").append(style.paragraphProperties());
    open = true;
  }

  void endParagraph() {
    if (open) {
      out.append("</w:p>");
      open = false;
      paragraphs++;
    }
  }

  void text(String text, boolean bold, boolean italic) {
    if (!open) {
      startParagraph();
    }
    if (!text.isEmpty()) {
      WordText.run(out, style.runProperties(bold, italic), text);
    }
  }

  void lineBreak() {
    if (!open) {
      startParagraph();
    }
    out.append("<w:r>").append(style.plainRun()).append("<w:br/></w:r>");
  }

  /** The paragraphs written; at least one (a table cell must hold a paragraph). */
  String finish() {
    endParagraph();
    if (paragraphs == 0) {
      startParagraph();
      endParagraph();
    }
    return out.toString();
  }
}
