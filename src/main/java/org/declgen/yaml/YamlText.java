package org.declgen.yaml;

import java.util.regex.Pattern;

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
                    sb.append(String.format("\\u%04X", c));
                  }
                }
              }
            });
    return sb.append('"').toString();
  }

  private static boolean isPrintable(int c) {
    return c >= 0x20
        && c != 0x7F
        && !(c >= 0x80 && c <= 0x9F)
        && c != 0xFEFF
        && c != 0x2028
        && c != 0x2029
        && Character.isDefined(c)
        && c < 0xFFFE;
  }
}
