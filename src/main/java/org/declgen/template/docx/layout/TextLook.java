package org.declgen.template.docx.layout;

/**
 * How a paragraph sets its text, in points: the type size (one em, the width of a Chinese
 * character), the height of a line, the space before and after the paragraph, the indents that
 * narrow its lines, and the first line's indent (negative for a hanging indent).
 */
public record TextLook(
    double size,
    double lineHeight,
    double spaceBefore,
    double spaceAfter,
    double indent,
    double firstLine) {
  public TextLook {
    if (!(size > 0) || !(lineHeight > 0)) {
      throw new IllegalArgumentException("a look needs a type size and a line height");
    }
  }

  /** Plain text of this size and line height, without spacing or indents. */
  public static TextLook of(double size, double lineHeight) {
    return new TextLook(size, lineHeight, 0, 0, 0, 0);
  }

  /** The width of a line in ems, in a frame {@code width} points wide. */
  public double ems(double width) {
    return Math.max(1, (width - indent) / size);
  }

  /** The height of a paragraph of this look holding {@code text} in a frame {@code width} wide. */
  public double height(CharSequence text, double width) {
    return height(LineBreaks.count(text, ems(width), firstLine / size));
  }

  /** The height of a paragraph of this look with so many lines. */
  public double height(int lines) {
    return spaceBefore + lines * lineHeight + spaceAfter;
  }
}
