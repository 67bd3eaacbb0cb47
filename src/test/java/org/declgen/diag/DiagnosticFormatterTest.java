package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile source lines print short and clean (issue 14 finding 7, issue 12 item 5). */
class DiagnosticFormatterTest {
  private static String format(String line, int column, String message) {
    Diagnostic d =
        Diagnostic.error(new SourcePosition("x.yaml", 1, column), "test", message, "改一下");
    return new DiagnosticFormatter(Messages.chinese(), f -> List.of(line)).format(d);
  }

  private static String quoted(String output) {
    return output.lines().toList().get(1);
  }

  private static String caret(String output) {
    return output.lines().toList().get(2);
  }

  @Test
  void anErrorOnAMegabyteLinePrintsAFewHundredCharacters() {
    String line = "年度: \"" + "x".repeat(1_000_000) + "\\q\"";
    String out = format(line, 1_000_006, "错误");
    assertThat(out.length()).isLessThan(400);
    assertThat(quoted(out)).startsWith("  …xxx").endsWith("\\q\"");
    int caretAt = caret(out).indexOf('^');
    // "…" is counted two columns wide, as Chinese terminals show it; it is one character
    assertThat(quoted(out).charAt(caretAt - 1)).isEqualTo('\\');
  }

  @Test
  void theWindowKeepsTheColumnInTheMiddleOfALongLine() {
    String line = "a".repeat(5_000) + "B" + "c".repeat(5_000);
    String out = format(line, 5_001, "错误");
    assertThat(quoted(out)).startsWith("  …").endsWith("…");
    assertThat(quoted(out).length()).isLessThan(QuotedLine.MAX_WIDTH + 10);
    int caretAt = caret(out).indexOf('^');
    // "…" is counted two columns wide, as Chinese terminals show it; it is one character
    assertThat(quoted(out).charAt(caretAt - 1)).isEqualTo('B');
  }

  @Test
  void aShortLineIsQuotedWhole() {
    String out = format("部门名称: 甲", 7, "错误");
    assertThat(quoted(out)).isEqualTo("  部门名称: 甲");
    assertThat(caret(out)).isEqualTo("  " + " ".repeat(10) + "^");
  }

  @Test
  void controlCharactersAreShownEscapedNeverRaw() {
    String out = format("PK\u0003\u0004\u0014\u0000\b\b\u001b[2J\u202e年度", 7, "错误");
    assertThat(quoted(out)).isEqualTo("  PK\\x03\\x04\\x14\\x00\\x08\\x08\\x1B[2J\\u202E年度");
    assertThat(out).doesNotContain("\u0000", "\b", "\u001b", "\u202e");
    assertThat(caret(out)).isEqualTo("  " + " ".repeat(2 + 4 * 4) + "^");
  }

  @Test
  void theCaretCountsWideCharactersAndCharactersBeyondTheBasicPlaneOnce() {
    // column 5 is "南": 广 州 𠮷 (one character, two UTF-16 units, two columns wide) and a space
    String out = format("广州𠮷 南沙", 5, "错误");
    assertThat(caret(out)).isEqualTo("  " + " ".repeat(7) + "^");
  }

  @Test
  void hugeMessagesAreCutAndEscaped() {
    String out = format("年度: x", 1, "不认识的键「" + "长".repeat(100_000) + "\u0007」");
    assertThat(out.lines().findFirst().orElseThrow())
        .hasSizeLessThan(Quoting.MAX_MESSAGE + 40)
        .contains("…")
        .endsWith("\\x07」");
  }

  @Test
  void quotedValuesAreCutInTheMiddle() {
    assertThat(Quoting.value("1999.6八" + "9".repeat(500)))
        .startsWith("1999.6八")
        .contains("…")
        .hasSize(Quoting.MAX_VALUE);
    assertThat(Quoting.value("短")).isEqualTo("短");
  }
}
