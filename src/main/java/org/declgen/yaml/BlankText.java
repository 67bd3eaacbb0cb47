package org.declgen.yaml;

/**
 * A text that prints nothing: only spaces, including those {@link String#isBlank} misses — the
 * no-break and zero-width spaces a copy from Word or a web page brings along. The reader reads such
 * a text as not filled in.
 */
public final class BlankText {
  private BlankText() {}

  public static boolean printsNothing(String value) {
    return value
        .codePoints()
        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B');
  }
}
