package org.declgen.template.docx;

import org.declgen.template.docx.layout.BlockPlace;

/**
 * The look of a paragraph that holds a single value: its paragraph properties and its run
 * properties, plain and with bold or italic added, as WordprocessingML fragments; and, when the
 * template decides its pages, where the paragraph is set.
 *
 * @param place the cell or body the paragraph is in, with its width and type; null when the
 *     template leaves pages to the office suite
 */
public record BlockStyle(
    String paragraphProperties,
    String plainRun,
    String boldRun,
    String italicRun,
    String boldItalicRun,
    BlockPlace place) {

  /** A look without a place. */
  public BlockStyle(
      String paragraphProperties,
      String plainRun,
      String boldRun,
      String italicRun,
      String boldItalicRun) {
    this(paragraphProperties, plainRun, boldRun, italicRun, boldItalicRun, null);
  }

  public String runProperties(boolean bold, boolean italic) {
    if (bold && italic) {
      return boldItalicRun;
    }
    return bold ? boldRun : italic ? italicRun : plainRun;
  }
}
