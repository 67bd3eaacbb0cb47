package org.declgen.diag;

/**
 * A source line as a message quotes it: unsafe characters escaped ({@code \x00}, {@code \u202E}),
 * tabs shown as spaces, and a line too long for a terminal cut to a window around the column with
 * {@code …} marks, so one bad line of a megabyte prints as one short line. The caret's indent
 * counts wide (CJK) characters as two columns so that it lines up under the column.
 *
 * @param text the line as shown
 * @param caretIndent the spaces that put a caret under the column
 */
public record QuotedLine(String text, String caretIndent) {
  /** Lines up to this many terminal columns are shown whole. */
  static final int MAX_WIDTH = 100;

  /** How many columns of a cut line are shown before the column the message points at. */
  static final int BEFORE = 40;

  static final String CUT = "…";

  /**
   * @param column the column the message points at, from 1, counted in characters (code points) as
   *     YAML positions are; 0 when there is none
   */
  public static QuotedLine of(String line, int column) {
    int[] cps = line.codePoints().toArray();
    int at = Math.max(0, Math.min(column - 1, cps.length));
    int start = 0;
    int end = cps.length;
    if (width(cps, 0, cps.length) > MAX_WIDTH) {
      start = startOfWindow(cps, at);
      end = endOfWindow(cps, start, at);
      if (end == cps.length) {
        start = startOfWindowEndingAt(cps, end, at);
      }
    }
    StringBuilder text = new StringBuilder();
    String before = start > 0 ? CUT : "";
    text.append(before);
    for (int i = start; i < end; i++) {
      text.append(shown(cps[i]));
    }
    text.append(end < cps.length ? CUT : "");
    int pad = DisplayWidth.of(before) + width(cps, start, at) + Math.max(0, column - 1 - at);
    return new QuotedLine(text.toString(), " ".repeat(pad));
  }

  private static int startOfWindow(int[] cps, int at) {
    int start = at;
    int w = 0;
    while (start > 0 && w + width(cps[start - 1]) <= BEFORE) {
      w += width(cps[--start]);
    }
    return start;
  }

  private static int endOfWindow(int[] cps, int start, int at) {
    int end = start;
    int w = 0;
    while (end < cps.length && (end <= at || w + width(cps[end]) <= MAX_WIDTH)) {
      w += width(cps[end++]);
    }
    return end;
  }

  /** Near the end of a long line, the window shows the line's last columns. */
  private static int startOfWindowEndingAt(int[] cps, int end, int at) {
    int start = end;
    int w = 0;
    while (start > 0 && w + width(cps[start - 1]) <= MAX_WIDTH) {
      w += width(cps[--start]);
    }
    return Math.min(start, at);
  }

  private static String shown(int c) {
    if (c == '\t') {
      return " ";
    }
    return UnsafeCharacters.isUnsafe(c)
        ? UnsafeCharacters.escape(c)
        : new String(Character.toChars(c));
  }

  private static int width(int c) {
    if (c == '\t') {
      return 1;
    }
    return UnsafeCharacters.isUnsafe(c) ? UnsafeCharacters.escape(c).length() : DisplayWidth.of(c);
  }

  private static int width(int[] cps, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      w += width(cps[i]);
    }
    return w;
  }
}
