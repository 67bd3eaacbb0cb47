package org.declgen.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Utf8Text {
  private Utf8Text() {}

  static String decode(String file, byte[] bytes, Messages messages) throws DiagnosticException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DiagnosticException(
          Diagnostic.error(
              positionOfFirstBadByte(file, bytes),
              "yaml.encoding",
              messages.get("yaml.encoding"),
              messages.get("yaml.encoding.hint")));
    }
  }

  private static SourcePosition positionOfFirstBadByte(String file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }
}
