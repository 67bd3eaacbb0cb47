package org.declgen.print;

/**
 * How many lines a text takes in a column, estimated from its characters the way the renderer is to
 * estimate row heights for pagination (docs/printing.md): a Chinese character or full-width mark is
 * one em wide, Latin letters and digits about half an em, with a fifth of an em where Chinese meets
 * Latin (office suites add that space); a Latin word or number is not broken; 「，。、」 may hang past
 * the line end, other closing marks never start a line (the character before them goes down with
 * them) and an opening mark never ends one; a line break in the text starts a new line.
 */
final class LineEstimate {
  /** The extra space office suites put between Chinese and Latin text (measured 0.205 em). */
  static final double AUTOSPACE = 0.2;

  private static final String CLOSING = "，。、；：？！）》」』”’％%·…";
  private static final String OPENING = "（《「『“‘";

  private LineEstimate() {}

  /** Lines of a text in a column {@code width} ems wide (one em = the type size). */
  static int lines(String text, double width) {
    int lines = 0;
    for (String paragraphLine : text.split("\n", -1)) {
      lines += linesOf(paragraphLine, width);
    }
    return Math.max(1, lines);
  }

  private static int linesOf(String text, double width) {
    if (text.isEmpty()) {
      return 1;
    }
    int lines = 1;
    double used = 0;
    int i = 0;
    boolean previousLatin = false;
    boolean previousSpaced = false;
    while (i < text.length()) {
      int end = tokenEnd(text, i);
      String token = text.substring(i, end);
      boolean latin = isLatin(token.charAt(0));
      boolean spaced =
          used > 0 && latin != previousLatin && (alphanumeric(token) || previousSpaced);
      double w = width(token) + (spaced ? AUTOSPACE : 0);
      if (used > 0 && used + w > width + 1e-9) {
        lines++;
        used = width(token);
        boolean takesPrevious =
            CLOSING.indexOf(token.charAt(0)) >= 0 || OPENING.indexOf(text.charAt(i - 1)) >= 0;
        if (takesPrevious) {
          used += 1;
        }
      } else {
        used += w;
      }
      previousLatin = latin;
      previousSpaced = alphanumeric(token);
      i = end;
    }
    return lines;
  }

  /** A Latin word or number is one token; any other character is a token of its own. */
  private static int tokenEnd(String text, int start) {
    int i = start + 1;
    if (isLatin(text.charAt(start))) {
      while (i < text.length() && isLatin(text.charAt(i)) && text.charAt(i) != ' ') {
        i++;
      }
    }
    return i;
  }

  /** Office suites put the extra space only next to Latin letters and digits, not punctuation. */
  private static boolean alphanumeric(String token) {
    return Character.isLetterOrDigit(token.charAt(0)) && token.charAt(0) < 0x2000;
  }

  private static boolean isLatin(char c) {
    return c < 0x2000 && c != '·';
  }

  static double width(String token) {
    double w = 0;
    for (char c : token.toCharArray()) {
      w += width(c);
    }
    return w;
  }

  private static double width(char c) {
    if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|') {
      return 0.25;
    }
    if (c >= 'A' && c <= 'Z' || c == '%' || c == '&' || c == 'm' || c == 'w') {
      return 0.75;
    }
    if (c < 0x2000) {
      return 0.5;
    }
    return 1;
  }
}
