package org.declgen.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning cell texts and comparing labels the way a reader of the form would. */
final class CellText {
  /** A parenthesised note at the end of a label: {@code (万元)}. */
  private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");

  private CellText() {}

  /**
   * Each line without outer whitespace, no blank lines at either end, {@code \n} line breaks, and
   * nothing a YAML file cannot hold as text: control characters (but tab), U+FFFE, U+FFFF and
   * halves of surrogate pairs that stand alone are dropped; the line separators YAML knows (U+0085,
   * U+2028, U+2029) are line breaks.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    String unified =
        printable(
            text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u000B', '\n')
                .replace('\u0085', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n'));
    for (String line : unified.split("\n", -1)) {
      lines.add(line.strip());
    }
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isEmpty()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isEmpty()) {
      to--;
    }
    return String.join("\n", lines.subList(from, to));
  }

  private static String printable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean keep = pair || isPrintable(c);
      if (!keep && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null && keep) {
        sb.append(c);
        if (pair) {
          sb.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** YAML's printable characters (and tab, line feed), one UTF-16 unit at a time. */
  private static boolean isPrintable(char c) {
    return c == '\t'
        || c == '\n'
        || c >= 0x20 && c <= 0x7E
        || c >= 0xA0 && c <= 0xFFFD && !Character.isSurrogate(c);
  }

  /**
   * A label reduced for comparison: full-width forms folded (NFKC), all whitespace and line breaks
   * removed, a trailing colon dropped. {@code " 任务3： "} and {@code "任务3:"} compare equal.
   */
  static String label(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\u200B'
          && c != '\uFEFF') {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    String s = sb.toString();
    while (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The label without a trailing parenthesised note: {@code 预算金额(万元)} → {@code 预算金额}. */
  static String bareLabel(String text) {
    return TRAILING_NOTE.matcher(label(text)).replaceFirst("");
  }

  /**
   * A label's trailing parenthesised note without its parentheses: {@code 预算金额（万元）} → {@code 万元}.
   */
  static Optional<String> note(String text) {
    Matcher m = TRAILING_NOTE.matcher(label(text));
    return m.find()
        ? Optional.of(m.group().substring(1, m.group().length() - 1))
        : Optional.empty();
  }

  /** A short quotation of a cell for messages. */
  static String quote(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 38) + "…";
  }
}
