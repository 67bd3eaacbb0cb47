package org.declgen.template.docx;

/**
 * The look of a paragraph that holds a single value: its paragraph properties and its run
 * properties, plain and with bold or italic added, as WordprocessingML fragments.
 */
public record BlockStyle(
    String paragraphProperties,
    String plainRun,
    String boldRun,
    String italicRun,
    String boldItalicRun) {

  public String runProperties(boolean bold, boolean italic) {
    if (bold && italic) {
      return boldItalicRun;
    }
    return bold ? boldRun : italic ? italicRun : plainRun;
  }
}
