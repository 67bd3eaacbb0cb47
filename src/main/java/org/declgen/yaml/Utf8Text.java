package org.declgen.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * Strict UTF-8 decoding that says where the first bad byte is. A file that is not text at all (a
 * Word file renamed .yaml) is named for what it is and none of its bytes are quoted; a file saved
 * in GBK, as older Windows programs do, is told so.
 */
final class Utf8Text {
  /** GB18030 reads every GBK file; a Java runtime without it is told nothing about GBK. */
  private static final String GBK = "GB18030";

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** What lenient decoding puts for a byte that is not UTF-8. */
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8Text() {}

  /** The text without its byte-order mark, if it has one. */
  static String decode(String file, byte[] bytes, Messages messages) throws DiagnosticException {
    return withoutBom(asRead(file, bytes, messages));
  }

  /** The text as read, a byte-order mark included. */
  static String asRead(String file, byte[] bytes, Messages messages) throws DiagnosticException {
    Optional<NotText> kind = NotText.of(bytes);
    if (kind.isPresent()) {
      String key = kind.get().messageKey();
      throw new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(file), key, messages.get(key), messages.get(key + ".hint")));
    }
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf(REPLACEMENT) < 0) {
      // Lenient decoding differs from strict only where it puts U+FFFD for a bad byte.
      return lenient;
    }
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DiagnosticException(
          Diagnostic.error(
              positionOfFirstBadByte(file, bytes),
              "yaml.encoding",
              messages.get("yaml.encoding"),
              messages.get(isGbk(bytes) ? "yaml.encoding.gbk.hint" : "yaml.encoding.hint")));
    }
  }

  static String withoutBom(String text) {
    return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean isGbk(byte[] bytes) {
    return gbk(bytes).isPresent();
  }

  /**
   * The text of a file saved in GBK (Windows Notepad's "ANSI" on Chinese Windows): bytes that are
   * not UTF-8 but read as Chinese text in GB18030; empty for any other bytes.
   */
  static Optional<String> gbk(byte[] bytes) {
    if (!Charset.isSupported(GBK) || NotText.of(bytes).isPresent() || isUtf8(bytes)) {
      return Optional.empty();
    }
    try {
      String text = strict(Charset.forName(GBK)).decode(ByteBuffer.wrap(bytes)).toString();
      return text.codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          ? Optional.of(text)
          : Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Line and column (in characters, as YAML counts them) of the first byte that is not UTF-8. */
  private static SourcePosition positionOfFirstBadByte(String file, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    strict(StandardCharsets.UTF_8).decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }
}
