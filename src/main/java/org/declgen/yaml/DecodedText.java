package org.declgen.yaml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;

/**
 * A declaration file's bytes decoded once, for every step that reads them: telling whether it is a
 * declaration, parsing it, quoting its lines in messages.
 *
 * @param asRead the text as read, a byte-order mark included; when the bytes are not UTF-8 text,
 *     decoded leniently (a bad byte read as U+FFFD), so that messages can still quote the lines
 *     that are
 * @param problems why the bytes are not a text declgen reads (a Word file, GBK, a bad byte); empty
 *     when they are
 */
public record DecodedText(String asRead, List<Diagnostic> problems) {
  public DecodedText {
    problems = List.copyOf(problems);
  }

  /** Decodes strictly, as {@link DeclarationReader} reads (see {@link Utf8Text}). */
  public static DecodedText of(String file, byte[] bytes, Messages messages) {
    try {
      return new DecodedText(Utf8Text.asRead(file, bytes, messages), List.of());
    } catch (DiagnosticException e) {
      return new DecodedText(new String(bytes, StandardCharsets.UTF_8), e.diagnostics());
    }
  }

  /**
   * Decodes leniently, a bad byte read as U+FFFD; without the byte-order mark. A file in UTF-16,
   * which declgen does not read, is decoded as UTF-16: {@code textconv} prints it as it is, and
   * {@code git diff} then shows its text rather than its bytes.
   */
  public static String lenient(byte[] bytes) {
    Charset charset = NotText.utf16(bytes).orElse(StandardCharsets.UTF_8);
    return Utf8Text.withoutBom(new String(bytes, charset));
  }

  /**
   * The text to show a reader: decoded as {@link #lenient} decodes it, but a file saved in GBK,
   * which {@code check} refuses with a hint to save it as UTF-8, is read as GBK, so that {@code
   * textconv} shows its text rather than a replacement character for every Chinese one.
   */
  public static String printable(byte[] bytes) {
    return Utf8Text.gbk(bytes).map(Utf8Text::withoutBom).orElseGet(() -> lenient(bytes));
  }

  /** The text without its byte-order mark: what YAML parses and messages quote. */
  public String text() {
    return Utf8Text.withoutBom(asRead);
  }
}
