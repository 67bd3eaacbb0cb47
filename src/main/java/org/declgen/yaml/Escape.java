package org.declgen.yaml;

import java.util.Map;
import java.util.Optional;

/**
 * An escape in a double-quoted YAML scalar, as typed ({@code \e}, {@code \x01}, {@code \uFFFE}),
 * and where it stands in the text.
 */
record Escape(String typed, int offset) {
  /** YAML's one-letter escapes and the characters they stand for. */
  private static final Map<Character, Integer> SINGLE =
      Map.ofEntries(
          Map.entry('0', 0x00),
          Map.entry('a', 0x07),
          Map.entry('b', 0x08),
          Map.entry('t', 0x09),
          Map.entry('n', 0x0A),
          Map.entry('v', 0x0B),
          Map.entry('f', 0x0C),
          Map.entry('r', 0x0D),
          Map.entry('e', 0x1B),
          Map.entry(' ', 0x20),
          Map.entry('"', 0x22),
          Map.entry('/', 0x2F),
          Map.entry('\\', 0x5C),
          Map.entry('N', 0x85),
          Map.entry('_', 0xA0),
          Map.entry('L', 0x2028),
          Map.entry('P', 0x2029));

  private static final Map<Character, Integer> HEX_DIGITS = Map.of('x', 2, 'u', 4, 'U', 8);

  /**
   * The first escape standing for {@code c} in the double-quoted scalar whose opening quote is at
   * {@code quote}, if there is one.
   */
  static Optional<Escape> find(String text, int quote, int c) {
    int i = quote + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      if (text.charAt(i) != '\\' || i + 1 >= text.length()) {
        i++;
        continue;
      }
      char kind = text.charAt(i + 1);
      int length = 2 + HEX_DIGITS.getOrDefault(kind, 0);
      int end = Math.min(text.length(), i + length);
      if (c == decode(text.substring(i + 1, end))) {
        return Optional.of(new Escape(text.substring(i, end), i));
      }
      i = end;
    }
    return Optional.empty();
  }

  /** What an escape (without its backslash) stands for, or -1 when it is not one. */
  private static int decode(String escape) {
    char kind = escape.charAt(0);
    if (!HEX_DIGITS.containsKey(kind)) {
      return SINGLE.getOrDefault(kind, -1);
    }
    try {
      return Integer.parseUnsignedInt(escape.substring(1), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
