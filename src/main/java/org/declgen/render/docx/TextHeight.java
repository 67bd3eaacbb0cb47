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

  /** The lines a paragraph of this text takes; {@link #aLineAlone} then tells about its lines. */
  int lines(String paragraph) {
    return measure.lines(paragraph, ems, firstLine);
  }

  /** Whether the paragraph last counted by {@link #lines} has a line of one character alone. */
  boolean aLineAlone() {
    return measure.aLineAlone();
  }

  /**
   * The paragraph last counted by {@link #lines}, with line breaks where a person would put them
   * when one of its lines holds one character alone ({@link LineBreaks#balanceLines}); else as it
   * is.
   */
  String balanced(String paragraph) {
    if (!measure.aLineAlone()) {
      return paragraph;
    }
    if (!(paragraph.equals(balancedText) && ems == balancedEms)) {
      balancedText = paragraph;
      balancedEms = ems;
      balanced = LineBreaks.balanceLines(paragraph, ems);
    }
    return balanced;
  }

  /**
   * The width in percent at which the paragraph fits one line when no break suits it ({@link
   * LineBreaks#narrowing}).
   */
  int narrowing(String paragraph) {
    return LineBreaks.narrowing(paragraph, ems);
  }

  /** A paragraph known to take so many lines. */
  void addLines(int lines) {
    total += look.height(lines);
  }

  double total() {
    return total;
  }
}
