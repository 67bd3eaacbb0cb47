package org.declgen.render.docx;

import org.declgen.template.docx.layout.BlockPlace;
import org.declgen.template.docx.layout.LineBreaks;
import org.declgen.template.docx.layout.TextLook;

/**
 * Adds up the printed height of the paragraphs a value makes where it is placed. One instance
 * serves a render, {@link #at} starting each value.
 */
final class TextHeight {
  private final LineBreaks.Measure measure = new LineBreaks.Measure();
  private TextLook look;
  private double width;
  private double ems;
  private double firstLine;
  private double total;

  /** The text last balanced, its width and result: a row's two values are often the same. */
  private String balancedText;

  private double balancedEms;
  private String balanced;

  /** Starts measuring a value set at {@code place}. */
  TextHeight at(BlockPlace place) {
    look = place.look();
    width = place.width();
    ems = look.ems(width);
    firstLine = look.firstLine() / look.size();
    total = 0;
    return this;
  }

  /** A paragraph of the value, as printed. */
  void add(CharSequence paragraph) {
    total += look.height(measure.lines(paragraph, ems, firstLine));
  }

  /** The lines a paragraph of this text takes; {@link #lastLineAlone} then tells about its end. */
  int lines(String paragraph) {
    return measure.lines(paragraph, ems, firstLine);
  }

  /** Whether the paragraph last counted by {@link #lines} ends with one character alone. */
  boolean lastLineAlone() {
    return measure.lastLineAlone();
  }

  /**
   * The paragraph last counted by {@link #lines}, with line breaks where a person would put them
   * when its last line holds one character alone ({@link LineBreaks#balanceLines}); else as it is.
   */
  String balanced(String paragraph) {
    if (!measure.lastLineAlone()) {
      return paragraph;
    }
    if (!(paragraph.equals(balancedText) && ems == balancedEms)) {
      balancedText = paragraph;
      balancedEms = ems;
      balanced = LineBreaks.balanceLines(paragraph, ems);
    }
    return balanced;
  }

  /** A paragraph known to take so many lines. */
  void addLines(int lines) {
    total += look.height(lines);
  }

  double total() {
    return total;
  }
}
