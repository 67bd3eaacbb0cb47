package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeCharactersTest {
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "0000", "0001", "0007", "0008", "000B", "000C", "000D", "001B", "001F", "007F", "0085",
        "009B", "2028", "2029", "202A", "202E", "2066", "2069", "D800", "DFFF", "FDD0", "FDEF",
        "FEFF", "FFFE", "FFFF", "1FFFE", "10FFFF"
      })
  void theseAreRefusedInDeclarationsAndEscapedInMessages(String hex) {
    assertThat(UnsafeCharacters.isUnsafe(Integer.parseInt(hex, 16))).isTrue();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "0009", "000A", "0020", "007E", "00A0", "3000", "4E00", "200B", "200D", "E000", "FFFD",
        "20BB7", "2A6A5", "1F600", "31350", "F0000"
      })
  void theseAreText(String hex) {
    assertThat(UnsafeCharacters.isUnsafe(Integer.parseInt(hex, 16))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x1B, 0x85, 0x2028, 0xFFFE, 0x1FFFF})
  void escapesAreTheOnesYamlReadsBack(int c) {
    String escape = UnsafeCharacters.escape(c);
    assertThat(escape).matches("\\\\(x[0-9A-F]{2}|u[0-9A-F]{4}|U[0-9A-F]{8})");
    assertThat(Integer.parseInt(escape.substring(2), 16)).isEqualTo(c);
  }
}
