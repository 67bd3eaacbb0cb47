package org.declgen.pipeline;

import java.util.List;

/**
 * Finds a line that starts with one of a form's top-level keys: {@code 部门名称: 甲}, {@code "年度":
 * 2025}, {@code 绩效指标:} at the end of its line, or {@code 部门名称：甲} with the full-width colon a
 * Chinese input method types. A byte-order mark may open any line.
 *
 * <p>It finds what the regular expression {@code (?m)^\uFEFF?["']?(KEY|…)["']?[ \t]*(?::(?:[
 * \t]|$)|：)} finds, with Java's line terminators, but without compiling that expression: built from
 * every label of the form, it took a few milliseconds of each {@code check} and {@code textconv}
 * before it had found anything (docs/performance.md, tenth round).
 */
final class TopLevelKeys {
  private static final String BOM = "\uFEFF";
  private static final String QUOTES = "\"'";
  private static final char FULL_WIDTH_COLON = '：';

  private final List<String> labels;

  /**
   * @param labels the form's top-level keys; none starts with a byte-order mark or a quote, so that
   *     skipping one before a key never skips part of a key
   */
  TopLevelKeys(List<String> labels) {
    for (String label : labels) {
      if (label.isEmpty() || (BOM + QUOTES).indexOf(label.charAt(0)) >= 0) {
        throw new IllegalArgumentException("not a top-level key: \"" + label + "\"");
      }
    }
    this.labels = List.copyOf(labels);
  }

  boolean foundIn(String text) {
    int n = text.length();
    for (int line = 0; line < n; line = nextLine(text, line)) {
      if (keyAt(text, line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the line after the one at {@code from} starts, or the end of the text. The {@code \n} of
   * a {@code \r\n} is taken for a line of its own, which holds no key.
   */
  private static int nextLine(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (isLineTerminator(text.charAt(i))) {
        return i + 1;
      }
    }
    return n;
  }

  private boolean keyAt(String text, int line) {
    int at = skip(text, skip(text, line, BOM), QUOTES);
    for (String label : labels) {
      if (text.startsWith(label, at) && colonAfter(text, at + label.length())) {
        return true;
      }
    }
    return false;
  }

  /** After the key: an optional closing quote, spaces or tabs, then a colon that ends the key. */
  private static boolean colonAfter(String text, int at) {
    int i = skip(text, at, QUOTES);
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    return text.charAt(i) == FULL_WIDTH_COLON || (text.charAt(i) == ':' && endsKey(text, i + 1));
  }

  /** A space or tab after the colon, or the end of the line. */
  private static boolean endsKey(String text, int at) {
    if (at == text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return c == ' ' || c == '\t' || isLineTerminator(c);
  }

  /** Past one optional character of {@code chars} at {@code at}. */
  private static int skip(String text, int at, String chars) {
    return at < text.length() && chars.indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
  }

  /** Java's line terminators, as {@code ^} and {@code $} see them in multi-line mode. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
