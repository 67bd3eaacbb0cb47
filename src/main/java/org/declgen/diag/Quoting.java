package org.declgen.diag;

/**
 * How a message quotes what the user wrote: unsafe characters escaped, and a long value cut in the
 * middle with {@code …}, so a megabyte typed into one field still gives a one-line message.
 */
public final class Quoting {
  /** The most characters of a user's value a message quotes. */
  public static final int MAX_VALUE = 60;

  /** The most characters of one message or hint; longer ones come from quoting huge values. */
  public static final int MAX_MESSAGE = 400;

  private Quoting() {}

  /** A user's value as a message quotes it. */
  public static String value(String text) {
    return text == null ? null : clip(UnsafeCharacters.escapeAll(text), MAX_VALUE);
  }

  /** The arguments of a message with every text quoted as {@link #value} does. */
  public static Object[] values(Object... args) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof String s) {
        shown[i] = value(s);
      }
    }
    return shown;
  }

  /** A whole message as printed: escaped, and cut in the middle when it is very long. */
  public static String message(String text) {
    return clip(UnsafeCharacters.escapeAll(text), MAX_MESSAGE);
  }

  /**
   * {@code text} when it has at most {@code max} characters (code points); otherwise its first
   * three quarters and its end, joined by {@code …}.
   */
  public static String clip(String text, int max) {
    int length = text.codePointCount(0, text.length());
    if (length <= max) {
      return text;
    }
    int head = max * 3 / 4;
    int tail = max - head - 1;
    int headEnd = text.offsetByCodePoints(0, head);
    int tailStart = text.offsetByCodePoints(text.length(), -tail);
    return text.substring(0, headEnd) + "…" + text.substring(tailStart);
  }
}
