package org.declgen.diag;

import java.util.Locale;

/**
 * Characters that neither a declaration nor a message may carry as they are: those XML 1.0 forbids
 * (C0 controls but tab and line feed, surrogates, U+FFFE/U+FFFF), and the invisible ones that
 * garble a terminal or make a text read otherwise than it prints (DEL and C1 controls, the Unicode
 * line and paragraph separators, the byte-order mark, bidirectional overrides and isolates, and the
 * noncharacters of every plane). Declarations refuse them at load; messages show them escaped.
 */
public final class UnsafeCharacters {
  private UnsafeCharacters() {}

  public static boolean isUnsafe(int c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0xFEFF
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || (c >= 0xD800 && c <= 0xDFFF)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE
        || c < 0
        || c > Character.MAX_CODE_POINT;
  }

  /** The first unsafe character of {@code text} as an index into it, or -1 when there is none. */
  public static int indexOfUnsafe(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isUnsafe(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** {@code U+001B}: how messages name a character. */
  public static String name(int c) {
    return String.format(Locale.ROOT, c > 0xFFFF ? "U+%06X" : "U+%04X", c);
  }

  /**
   * The escape YAML's double quotes read back as {@code c}: {@code \x1B} up to U+00FF, {@code
   * \u2028} in the Basic Multilingual Plane, {@code \U0001FFFE} beyond it.
   */
  public static String escape(int c) {
    if (c >= 0 && c <= 0xFF) {
      return String.format(Locale.ROOT, "\\x%02X", c);
    }
    return c <= 0xFFFF
        ? String.format(Locale.ROOT, "\\u%04X", c)
        : String.format(Locale.ROOT, "\\U%08X", c);
  }

  /** {@code text} with every unsafe character written as its escape, so it can be printed. */
  public static String escapeAll(String text) {
    if (indexOfUnsafe(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> append(out, c));
    return out.toString();
  }

  private static void append(StringBuilder out, int c) {
    if (isUnsafe(c)) {
      out.append(escape(c));
    } else {
      out.appendCodePoint(c);
    }
  }
}
