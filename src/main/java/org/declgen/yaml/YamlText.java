package org.declgen.yaml;

import java.util.regex.Pattern;
import org.declgen.diag.UnsafeCharacters;

/** How a text is written so that YAML reads it back exactly: plain, a literal block, or quoted. */
final class YamlText {
  private static final Pattern UNSAFE_START =
      Pattern.compile("^[-?:,\\[\\]{}#&*!|<>'\"%@`\\s].*", Pattern.DOTALL);

  /** SnakeYAML also ends a plain scalar at {@code ?} in a flow mapping ({@code {k: a?b}}). */
  private static final Pattern UNSAFE_ANYWHERE =
      Pattern.compile(".*(: |:$| #|[,?\\[\\]{}]|\\s$).*", Pattern.DOTALL);

  private static final Pattern NULL_LIKE = Pattern.compile("~|null|Null|NULL");

  private YamlText() {}

  /**
   * Plain when YAML reads it back as the same text, double-quoted otherwise; {@code ~} for null.
   */
  static String scalar(String text) {
    if (text == null) {
      return "~";
    }
    if (text.isEmpty()
        || NULL_LIKE.matcher(text).matches()
        || UNSAFE_START.matcher(text).matches()
        || UNSAFE_ANYWHERE.matcher(text).matches()
        || !text.codePoints().allMatch(YamlText::isPrintable)) {
      return quoted(text);
    }
    return text;
  }

  /** A literal block keeps text exactly when it has no special characters and no outer spaces. */
  static boolean isBlockSafe(String text) {
    if (text.isEmpty()
        || Character.isWhitespace(text.charAt(0))
        || text.strip().length() != text.length()
        || text.contains("\r")) {
      return false;
    }
    return text.codePoints().allMatch(c -> c == '\n' || isPrintable(c));
  }

  /**
   * Double-quoted, every character written as it is but for the few that must be escaped: quotes,
   * backslashes, line breaks, tabs, and the characters a declaration may not hold ({@link
   * UnsafeCharacters}, which the reader then points at). Characters beyond the Basic Multilingual
   * Plane (𠮷, emoji) are written whole, never split into a broken escape.
   */
  static String quoted(String text) {
    StringBuilder sb = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                  if (isPrintable(c)) {
                    sb.appendCodePoint(c);
                  } else {
                    sb.append(UnsafeCharacters.escape(c));
                  }
                }
              }
            });
    return sb.append('"').toString();
  }

  /** Written as it is, even unquoted: any character but controls and unsafe ones. */
  private static boolean isPrintable(int c) {
    return c >= 0x20 && !UnsafeCharacters.isUnsafe(c);
  }
}
