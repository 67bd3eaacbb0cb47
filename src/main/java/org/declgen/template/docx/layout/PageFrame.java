package org.declgen.template.docx.layout;

/**
 * The text block of a page, in points: where body paragraphs and tables are set.
 *
 * @param width from the left margin to the right one
 * @param height from the top margin to the bottom one
 */
public record PageFrame(double width, double height) {
  public PageFrame {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("a page needs a text block");
    }
  }
}
