package org.declgen.yaml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file given as a declaration is when it is not text at all, told from its first bytes: a
 * Word or Excel file (a zip holding {@code word/document.xml} or {@code xl/workbook.xml}), another
 * zip, a PDF, an old Office file, UTF-16 text, or some other binary. A message names it instead of
 * quoting its bytes.
 */
enum NotText {
  DOCX,
  XLSX,
  ZIP,
  PDF,
  OLD_OFFICE,
  UTF16,
  BINARY;

  /** How far into a file its kind is looked for. */
  private static final int SNIFF = 8 * 1024;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** The message key that names this kind of file. */
  String messageKey() {
    return "yaml.not-text." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<NotText> of(byte[] bytes) {
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
      return Optional.of(zipKind(bytes));
    }
    if (startsWith(bytes, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, OLE2_MAGIC)) {
      return Optional.of(OLD_OFFICE);
    }
    if (utf16(bytes).isPresent()) {
      return Optional.of(UTF16);
    }
    return isBinary(bytes) ? Optional.of(BINARY) : Optional.empty();
  }

  /** Entry names stand uncompressed in a zip's headers, so they are found by their bytes. */
  private static NotText zipKind(byte[] bytes) {
    if (contains(bytes, "word/document.xml")) {
      return DOCX;
    }
    return contains(bytes, "xl/workbook.xml") ? XLSX : ZIP;
  }

  /**
   * The UTF-16 the bytes are written in, if they are: told by a byte-order mark, or by the zero
   * bytes of ASCII written as UTF-16 — on one side of each pair and (nearly) never on the other. A
   * mostly Chinese text has zero bytes only where its keys' punctuation, spaces, digits and line
   * ends are; a binary file has them on both sides.
   */
  static Optional<Charset> utf16(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return Optional.of(StandardCharsets.UTF_16);
    }
    int n = Math.min(bytes.length, SNIFF) & ~1;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    int oneSide = Math.max(evenZeros, oddZeros);
    int otherSide = Math.min(evenZeros, oddZeros);
    boolean mostlyAscii = pairs >= 4 && oneSide * 2 > pairs;
    // As many zero bytes as make a file binary (isBinary), all but a few on one side.
    boolean mostlyChinese = oneSide >= 8 && otherSide * 20 <= oneSide;
    if (!mostlyAscii && !mostlyChinese) {
      return Optional.empty();
    }
    // ASCII's zero byte comes second in little-endian order, first in big-endian.
    return Optional.of(
        oddZeros > evenZeros ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }

  /**
   * Several zero bytes, or more control bytes than a text ever has, near the start; a text with a
   * stray control character is text, and its message points at the character.
   */
  private static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int zeros = 0;
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      zeros += b == 0 ? 1 : 0;
      controls += b < 0x20 && b != '\t' && b != '\n' && b != '\r' ? 1 : 0;
    }
    return zeros >= 8 || (n > 0 && controls * 20 > n);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
