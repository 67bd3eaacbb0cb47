package org.declgen.yaml;

/**
 * A change to one line of a file: the characters {@code [start, end)} of line {@code line} (from 0)
 * become {@code replacement}. Edits never add or remove a line break.
 */
record Edit(int line, int start, int end, String replacement) {
  static Edit replace(int line, int start, int end, String replacement) {
    return new Edit(line, start, end, replacement);
  }

  static Edit insert(int line, int at, String text) {
    return new Edit(line, at, at, text);
  }

  /** Characters added to the line (negative when removed). */
  int delta() {
    return replacement.length() - (end - start);
  }
}
