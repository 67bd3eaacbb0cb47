package org.declgen.diag;

/**
 * How many terminal columns a character takes: two for East Asian wide characters (Chinese,
 * Japanese, Korean, full-width forms, the ideographs beyond the Basic Multilingual Plane such as
 * 𠮷, and emoji), one otherwise. The quotation marks “ ” and the ellipsis … count as two, as the
 * Chinese terminals our users work in show them.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(int c) {
    return isWide(c) ? 2 : 1;
  }

  static int of(String s) {
    return s.codePoints().map(DisplayWidth::of).sum();
  }

  private static boolean isWide(int c) {
    return c == '“'
        || c == '”'
        || c == '…'
        || (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
