package org.declgen.render.docx;

import org.declgen.template.docx.BlockStyle;

/**
 * Builds Word paragraphs in the look of one template paragraph; with a {@link TextHeight}, it also
 * adds up how tall they print.
 */
final class ParagraphWriter {
  private final BlockStyle style;
  private final TextHeight height;
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder text;
  private boolean open;
  private int paragraphs;

  ParagraphWriter(BlockStyle style) {
    this(style, null);
  }

  /** A writer that measures what it writes with {@code height}, which may be null. */
  ParagraphWriter(BlockStyle style, TextHeight height) {
    this.style = style;
    this.height = height;
    this.text = height == null ? null : new StringBuilder();
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
      if (height != null) {
        height.add(text);
        text.setLength(0);
      }
    }
  }

  void text(String value, boolean bold, boolean italic) {
    if (!open) {
      startParagraph();
    }
    if (!value.isEmpty()) {
      WordText.run(out, style.runProperties(bold, italic), value);
      if (text != null) {
        text.append(value);
      }
    }
  }

  /** Plain text set at {@code percent} of its letters' width (w:w), to keep it on one line. */
  void narrowText(String value, int percent) {
    if (!open) {
      startParagraph();
    }
    WordText.run(out, WordText.narrowed(style.plainRun(), percent), value);
    if (text != null) {
      text.append(value);
    }
  }

  void lineBreak() {
    if (!open) {
      startParagraph();
    }
    out.append("<w:r>").append(style.plainRun()).append("<w:br/></w:r>");
    if (text != null) {
      text.append('\n');
    }
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
