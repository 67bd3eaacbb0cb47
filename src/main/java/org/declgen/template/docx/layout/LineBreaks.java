package org.declgen.template.docx.layout;

import java.util.Arrays;

/**
 * Where a text breaks into lines in a column, estimated from its characters the way office suites
 * set them (measured against LibreOffice 7.4: docs/printing.md §5). A Chinese character or
 * full-width mark is one em wide, a Latin letter or digit as wide as in Times New Roman (a digit
 * half an em), with a fifth of an em where Chinese meets a Latin letter or digit; a Latin word or
 * number is not broken; a closing mark never starts a line (the character before it goes down with
 * it) and an opening mark never ends one; a line break in the text starts a new line. A
 * mathematical operator (≥, ≤, ≈ …) is set like a Latin letter and stays with the number that
 * follows it; after Chinese it takes the Chinese font, one em. Widths are in ems of the text's type
 * size.
 */
public final class LineBreaks {
  /** The space office suites put between Chinese and a Latin letter or digit (0.205 em). */
  static final double AUTOSPACE = 0.2;

  /** Marks that never start a line; a slash neither (UAX #14: no break before a solidus). */
  private static final String CLOSING = "，。、；：？！）》」』”’％%·…/";

  private static final String OPENING = "（《「『“‘";

  /** Marks after which a person breaks a short text: a break there costs nothing. */
  private static final String BREAK_AFTER = "，。、；：？！）》」』”’/／";

  /** What a break elsewhere than after a mark or between scripts costs a balanced text, in ems². */
  private static final double BREAK_PENALTY = 4;

  /**
   * Full-width operators and words that a balanced text keeps with the number after them (a
   * mathematical operator, ≥ or ≤, already is: it is set like a Latin letter).
   */
  private static final String BEFORE_NUMBER = "＞＜＝～＋－±约";

  private LineBreaks() {}

  /** The lines a text takes in a column {@code width} ems wide. */
  public static int count(CharSequence text, double width) {
    return count(text, width, 0);
  }

  /**
   * The lines a text takes in a column {@code width} ems wide whose first line is indented by
   * {@code firstLine} ems.
   */
  public static int count(CharSequence text, double width, double firstLine) {
    return walk(text, width, firstLine, null, true);
  }

  /** Where each line starts: offsets into the text, the first 0. */
  public static int[] starts(CharSequence text, double width, double firstLine) {
    Starts starts = new Starts(true);
    walk(text, width, firstLine, starts, true);
    return starts.toArray();
  }

  /**
   * Measures texts one after another without keeping their line starts: how many lines the last one
   * took, and whether one of its lines holds a single character (a mark beside it or not). One
   * measure serves one thread.
   */
  public static final class Measure {
    private final Starts last = new Starts(false);
    private CharSequence text;
    private int lines;

    /**
     * Measures a text in a column {@code width} ems wide, its first line indented by {@code
     * firstLine}.
     */
    public int lines(CharSequence text, double width, double firstLine) {
      this.text = text;
      last.watch(text);
      this.lines = walk(text, width, firstLine, last, true);
      return lines;
    }

    /**
     * Whether the text last measured has a line that holds one character alone, or an operator
     * parted from its number.
     */
    public boolean aLineAlone() {
      return lines > 1 && (last.alone || oneVisible(text, last.last, text.length()));
    }
  }

  /**
   * The text with line breaks ({@code \n}) where a person would break it, when one of its lines
   * would otherwise hold a single character: the same number of lines, none of them a single
   * character, as even as they can be, preferring a break after a mark or before a number, keeping
   * an operator with its number and a number with its unit, and never breaking a number. Any other
   * text, or one that cannot be broken so, is returned as it is.
   */
  public static String balance(String text, double width) {
    if (text.indexOf('\n') >= 0) {
      String[] lines = text.split("\n", -1);
      boolean changed = false;
      for (int i = 0; i < lines.length; i++) {
        String balanced = balance(lines[i], width);
        changed |= balanced != lines[i];
        lines[i] = balanced;
      }
      return changed ? String.join("\n", lines) : text;
    }
    return count(text, width) < 2 ? text : balanceLines(text, width);
  }

  /**
   * As {@link #balance}, for one line of text (no {@code \n}) known to take more than one line in
   * the column — a short value the renderer has just measured: its lines are not counted again.
   */
  public static String balanceLines(String text, double width) {
    int[] starts = starts(text, width, 0);
    int lines = starts.length;
    if (lines < 2 || !aLineAlone(text, starts)) {
      return text;
    }
    int[] breaks = new Balance(text, width).breaks(lines);
    if (breaks == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = breaks.length - 1; i >= 0; i--) {
      out.insert(breaks[i], '\n');
    }
    return out.toString();
  }

  /**
   * The narrowest a short text is set, in percent of its letters' width, to keep it on one line.
   */
  public static final int NARROWEST = 75;

  /**
   * For a short text (one line of a value, no {@code \n}) that no break suits — every way of
   * breaking it leaves a character alone or splits a number, as 「≥12345678件」 in a 5.5-em column —
   * the width in percent of its letters' width at which it fits one line, what a person does in
   * Word (字符缩放); 100 when it would have to be narrower than {@link #NARROWEST}.
   */
  public static int narrowing(String text, double width) {
    if (text.isEmpty() || text.indexOf('\n') >= 0) {
      return 100;
    }
    Balance b = new Balance(text, width);
    // a point less: the space between Chinese and Latin is not narrowed with the letters
    int percent = (int) Math.floor(100 * width / b.lineWidth(0, b.tokenWidth.length)) - 1;
    return percent >= NARROWEST ? Math.min(percent, 100) : 100;
  }

  private static boolean aLineAlone(CharSequence text, int[] starts) {
    for (int i = 0; i < starts.length; i++) {
      if (unacceptable(text, starts[i], i + 1 < starts.length ? starts[i + 1] : text.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a reader would not accept line {@code text[from, to)}: it holds a single character, or
   * it ends with an operator whose number starts the next line.
   */
  private static boolean unacceptable(CharSequence text, int from, int to) {
    return oneVisible(text, from, to)
        || (to < text.length()
            && to > from
            && BEFORE_NUMBER.indexOf(text.charAt(to - 1)) >= 0
            && Character.isDigit(text.charAt(to)));
  }

  /**
   * Where each line starts, found character by character without the shortcuts {@link #walk} takes
   * for texts that obviously fit a line and for runs of Chinese: what they must agree with.
   */
  static int[] startsCharacterByCharacter(CharSequence text, double width, double firstLine) {
    Starts starts = new Starts(true);
    walk(text, width, firstLine, starts, false);
    return starts.toArray();
  }

  private static int walk(
      CharSequence text, double width, double firstLine, Starts starts, boolean shortcuts) {
    if (shortcuts && obviouslyOneLine(text, width, firstLine)) {
      if (starts != null) {
        starts.add(0);
      }
      return 1;
    }
    int lines = 1;
    int length = text.length();
    double used = Math.max(0, firstLine);
    boolean previousLatin = false;
    boolean previousSpaced = false;
    int lineStart = 0;
    int previousToken = -1;
    int i = 0;
    if (starts != null) {
      starts.add(0);
    }
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n') {
        i++;
        lines++;
        lineStart = i;
        used = 0;
        previousLatin = false;
        previousSpaced = false;
        previousToken = -1;
        if (starts != null) {
          starts.add(i);
        }
        continue;
      }
      int end;
      double tokenWidth;
      boolean latin;
      if (c >= 0x2000 && !Character.isSurrogate(c) && !isOperator(c)) {
        end = i + 1;
        tokenWidth = 1;
        latin = false;
      } else {
        end = tokenEnd(text, i);
        tokenWidth = width(text, i, end);
        latin = isLatin(c);
      }
      boolean alphanumeric = latin && alphanumeric(c);
      boolean spaced = i > lineStart && latin != previousLatin && (alphanumeric || previousSpaced);
      double w = tokenWidth + (spaced ? AUTOSPACE : 0);
      if (i > lineStart && used + w > width + 1e-9) {
        boolean takesPrevious = CLOSING.indexOf(c) >= 0 || OPENING.indexOf(text.charAt(i - 1)) >= 0;
        lineStart = takesPrevious && previousToken > lineStart ? previousToken : i;
        used = tokenWidth + (takesPrevious ? 1 : 0);
        lines++;
        if (starts != null) {
          starts.add(lineStart);
        }
      } else {
        used += w;
      }
      previousLatin = latin;
      previousSpaced = latin && alphanumeric(text.charAt(end - 1));
      previousToken = i;
      i = end;
      if (shortcuts && !latin) {
        // The Chinese characters that follow and fit on the line: one em each, nothing to decide.
        while (i < length && used + 1 <= width + 1e-9) {
          char next = text.charAt(i);
          if (next < 0x2000 || Character.isSurrogate(next) || isOperator(next)) {
            break;
          }
          used += 1;
          previousToken = i;
          i++;
        }
      }
    }
    return lines;
  }

  /**
   * Whether a text fits one line by its length alone: no character but a tab is wider than an em,
   * and the space between scripts adds at most {@link #AUTOSPACE} per character. Most values of a
   * form (amounts, indicator values, short names) are, and need no walk.
   */
  private static boolean obviouslyOneLine(CharSequence text, double width, double firstLine) {
    int length = text.length();
    if (Math.max(0, firstLine) + length * (1 + AUTOSPACE) > width) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        return false;
      }
    }
    return true;
  }

  /** A Latin word or number is one token; any other character is a token of its own. */
  private static int tokenEnd(CharSequence text, int start) {
    int i = start + 1;
    if (isLatin(text.charAt(start))) {
      while (i < text.length()
          && isLatin(text.charAt(i))
          && text.charAt(i) != ' '
          && text.charAt(i) != '\n') {
        i++;
      }
    } else if (i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Office suites put the extra space only next to Latin letters and digits, not punctuation. */
  private static boolean alphanumeric(char c) {
    return Character.isLetterOrDigit(c) && c < 0x2000;
  }

  private static boolean isLatin(char c) {
    return (c < 0x2000 && c != '·') || isOperator(c);
  }

  /**
   * A mathematical operator (U+2200–U+22FF: ≥ ≤ ≈ ≠ …): its line-breaking class is a letter's, so
   * it is not parted from the number after it; Word takes it from the Latin font (Times New Roman).
   */
  private static boolean isOperator(char c) {
    return c >= 0x2200 && c <= 0x22FF;
  }

  private static double width(CharSequence text, int from, int to) {
    double w = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      w += isOperator(c) ? operatorWidth(text, i) : width(c);
    }
    return w;
  }

  /**
   * An operator's width: as in Times New Roman (≥ 0.549 em; ≦ ≧, which it lacks, as the fallback
   * font sets them), but one em after Chinese, whose font LibreOffice keeps for it, a line break
   * between them or not.
   */
  private static double operatorWidth(CharSequence text, int at) {
    int before = at - 1;
    while (before >= 0 && text.charAt(before) == '\n') {
      before--;
    }
    if (before >= 0 && !isLatin(text.charAt(before))) {
      return 1;
    }
    char c = text.charAt(at);
    return c == '≦' || c == '≧' ? 0.794 : 0.549;
  }

  /**
   * Advance widths of the printable ASCII characters in Times New Roman (and Liberation Serif, its
   * metric twin), in thousandths of an em, from {@code ' '} to {@code '~'}.
   */
  private static final short[] ASCII = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541
  };

  private static double width(char c) {
    if (c >= ' ' && c <= '~') {
      return ASCII[c - ' '] / 1000.0;
    }
    if (c == '\t') {
      return 2;
    }
    if (c == '·') {
      // Set from the Latin font even between Chinese (元/人·月), as narrow as in Times New Roman.
      return 0.25;
    }
    if (c < 0x2000) {
      return 0.5;
    }
    return Character.isLowSurrogate(c) ? 0 : 1;
  }

  /**
   * Characters a reader counts on a line: letters, ideographs, digits and operators (≥, ＞); a mark
   * that comes with one (「设”」) leaves it just as alone.
   */
  private static int visible(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to) {
        n += counted(Character.toCodePoint(c, text.charAt(++i))) ? 1 : 0;
      } else if (counted(c)) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code text[from, to)} holds exactly one character a reader counts. */
  private static boolean oneVisible(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to && n < 2; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to) {
        n += counted(Character.toCodePoint(c, text.charAt(++i))) ? 1 : 0;
      } else if (counted(c)) {
        n++;
      }
    }
    return n == 1;
  }

  private static boolean counted(int c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.MATH_SYMBOL;
  }

  /** A growing list of line starts; or only the last one. */
  private static final class Starts {
    private final boolean all;
    private int[] values = new int[8];
    private int size;
    private int last;

    /**
     * The text whose lines are watched for one holding a single character, and whether one does.
     */
    private CharSequence watched;

    private boolean alone;

    Starts(boolean all) {
      this.all = all;
    }

    void watch(CharSequence text) {
      watched = text;
      alone = false;
    }

    void add(int value) {
      if (watched != null && value > 0 && !alone) {
        alone = unacceptable(watched, last, value);
      }
      last = value;
      if (!all) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * The most even breaks of a text into a given number of lines: tokens as {@link #walk} sees them,
   * lines that fit, no closing mark starting a line and no opening mark ending one, no operator
   * ending one before its number, and every line of two characters or more; the sum of the lines'
   * squared widths is least, plus {@link #BREAK_PENALTY} for each break inside a run of Chinese and
   * twice that between a number and its unit.
   */
  private static final class Balance {
    private final String text;
    private final double width;
    private final int[] tokenStart;
    private final double[] tokenWidth;
    private final double[] spaceBefore;

    /** Sums of token widths and of the spaces before them, from the first token to each. */
    private final double[] widthBefore;

    private final double[] spaceSumBefore;

    /** For each token, whether a line may start there, and what a break there costs. */
    private final boolean[] breakable;

    private final double[] penalty;

    /** For each token, the characters a reader counts from it to the end of the text. */
    private final int[] lettersFrom;

    Balance(String text, double width) {
      this.text = text;
      this.width = width;
      int count = 0;
      for (int i = 0; i < text.length(); i = tokenEnd(text, i)) {
        count++;
      }
      tokenStart = new int[count + 1];
      tokenWidth = new double[count];
      spaceBefore = new double[count];
      int t = 0;
      boolean previousLatin = false;
      boolean previousSpaced = false;
      for (int i = 0; i < text.length(); i = tokenEnd(text, i), t++) {
        char c = text.charAt(i);
        tokenStart[t] = i;
        tokenWidth[t] = width(text, i, tokenEnd(text, i));
        boolean latin = isLatin(c);
        spaceBefore[t] =
            t > 0 && latin != previousLatin && (alphanumeric(c) || previousSpaced) ? AUTOSPACE : 0;
        previousLatin = latin;
        previousSpaced = alphanumeric(text.charAt(tokenEnd(text, i) - 1));
      }
      tokenStart[count] = text.length();
      widthBefore = new double[count + 1];
      spaceSumBefore = new double[count + 1];
      for (int k = 0; k < count; k++) {
        widthBefore[k + 1] = widthBefore[k] + tokenWidth[k];
        spaceSumBefore[k + 1] = spaceSumBefore[k] + spaceBefore[k];
      }
      breakable = new boolean[count + 1];
      penalty = new double[count + 1];
      for (int k = 1; k < count; k++) {
        breakable[k] = breakableAt(k);
        penalty[k] = penaltyAt(k);
      }
      lettersFrom = new int[count + 1];
      for (int k = count - 1; k >= 0; k--) {
        lettersFrom[k] = lettersFrom[k + 1] + visible(text, tokenStart[k], tokenStart[k + 1]);
      }
    }

    /** Offsets of the {@code lines - 1} breaks, or null when no such breaks exist. */
    int[] breaks(int lines) {
      int tokens = tokenWidth.length;
      double[][] cost = new double[lines + 1][tokens + 1];
      int[][] from = new int[lines + 1][tokens + 1];
      for (double[] row : cost) {
        Arrays.fill(row, Double.POSITIVE_INFINITY);
      }
      cost[0][0] = 0;
      for (int line = 1; line <= lines; line++) {
        for (int end = 1; end <= tokens; end++) {
          if (end < tokens && !breakable[end]) {
            continue;
          }
          if (line == lines && end != tokens) {
            continue;
          }
          // Longest lines last: on equal cost the earlier lines keep more.
          for (int start = end - 1; start >= 0; start--) {
            double w = lineWidth(start, end);
            if (w > width + 1e-9) {
              break;
            }
            boolean orphan = lettersFrom[start] - lettersFrom[end] < 2;
            if (cost[line - 1][start] == Double.POSITIVE_INFINITY || orphan) {
              continue;
            }
            double c = cost[line - 1][start] + w * w + (end < tokens ? penalty[end] : 0);
            if (c < cost[line][end]) {
              cost[line][end] = c;
              from[line][end] = start;
            }
          }
        }
      }
      if (cost[lines][tokens] == Double.POSITIVE_INFINITY) {
        return null;
      }
      int[] breaks = new int[lines - 1];
      int end = tokens;
      for (int line = lines; line > 1; line--) {
        end = from[line][end];
        breaks[line - 2] = tokenStart[end];
      }
      return breaks;
    }

    /** The width of tokens {@code [start, end)} set as one line (no space before the first). */
    private double lineWidth(int start, int end) {
      return widthBefore[end]
          - widthBefore[start]
          + spaceSumBefore[end]
          - spaceSumBefore[start + 1];
    }

    /** Whether a line may start at this token. */
    private boolean breakableAt(int token) {
      int at = tokenStart[token];
      char before = text.charAt(at - 1);
      char after = text.charAt(at);
      return CLOSING.indexOf(after) < 0
          && OPENING.indexOf(before) < 0
          && !(BEFORE_NUMBER.indexOf(before) >= 0 && Character.isDigit(after));
    }

    private double penaltyAt(int token) {
      int at = tokenStart[token];
      char before = text.charAt(at - 1);
      char after = text.charAt(at);
      if (BREAK_AFTER.indexOf(before) >= 0 || Character.isWhitespace(before)) {
        return 0;
      }
      if (isLatin(before) == isLatin(after)) {
        return BREAK_PENALTY;
      }
      // Chinese then a number or Latin word: free; a number then its unit: dearer than within
      // Chinese.
      return isLatin(after) ? 0 : Character.isDigit(before) ? 2 * BREAK_PENALTY : 0;
    }
  }
}
