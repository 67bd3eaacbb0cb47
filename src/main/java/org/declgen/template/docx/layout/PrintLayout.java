package org.declgen.template.docx.layout;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What deciding the pages of a template's forms needs, read from the template when it is compiled.
 *
 * @param page the text block of a page
 * @param fill the share of a page's height the renderer fills, leaving the rest for office suites
 *     that set a line differently
 * @param tables the body's tables, by number
 * @param paragraphs the body's paragraphs, by the number their runtime calls give
 */
public record PrintLayout(
    PageFrame page, double fill, Map<Integer, TableLayout> tables, List<BodyParagraph> paragraphs) {
  /** The share of a page filled: two 17 pt lines of slack on a 637 pt text block. */
  public static final double FILL = 0.95;

  public PrintLayout {
    if (!(fill > 0 && fill <= 1)) {
      throw new IllegalArgumentException("fill is a share of the page");
    }
    tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    paragraphs = List.copyOf(paragraphs);
  }

  /** The height the renderer fills on each page, in points. */
  public double capacity() {
    return page.height() * fill;
  }
}
