package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.junit.jupiter.api.Test;

/**
 * A file is decoded once for every step of a run; what each step reads is what it read when each
 * decoded the bytes itself: the strict reader's text and errors, the lenient text for quoting.
 */
class DecodedTextTest {
  private static final Messages MESSAGES = Messages.chinese();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Diagnostic> readerErrors(byte[] bytes) {
    return catchThrowableOfType(
            DiagnosticException.class, () -> new DeclarationReader(MESSAGES).read("x.yaml", bytes))
        .diagnostics();
  }

  @Test
  void aByteOrderMarkIsKeptAsReadAndLeftOutOfTheText() {
    DecodedText decoded = DecodedText.of("x.yaml", utf8("\uFEFF部门名称: 甲\n"), MESSAGES);
    assertThat(decoded.problems()).isEmpty();
    assertThat(decoded.asRead()).isEqualTo("\uFEFF部门名称: 甲\n");
    assertThat(decoded.text()).isEqualTo("部门名称: 甲\n");
  }

  @Test
  void aReplacementCharacterTypedInTheFileIsText() {
    DecodedText decoded = DecodedText.of("x.yaml", utf8("部门名称: 甲\uFFFD\n"), MESSAGES);
    assertThat(decoded.problems()).isEmpty();
    assertThat(decoded.text()).isEqualTo("部门名称: 甲\uFFFD\n");
  }

  @Test
  void aBadByteIsTheReadersErrorAndTheOtherLinesCanStillBeQuoted() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xFF, '\n', 'b', ':', ' ', 'c', '\n'};
    DecodedText decoded = DecodedText.of("x.yaml", bytes, MESSAGES);
    assertThat(decoded.problems()).isEqualTo(readerErrors(bytes));
    assertThat(decoded.problems().get(0).position()).hasToString("x.yaml:1:4");
    assertThat(decoded.text()).isEqualTo("a: \uFFFD\nb: c\n");
  }

  @Test
  void aFileThatIsNotTextIsTheReadersErrorToo() {
    byte[] bytes = "year: 2025\n".getBytes(StandardCharsets.UTF_16LE);
    DecodedText decoded = DecodedText.of("x.yaml", bytes, MESSAGES);
    assertThat(decoded.problems()).isEqualTo(readerErrors(bytes));
    assertThat(decoded.problems().get(0).code()).isEqualTo("yaml.not-text.utf16");
  }
}
