package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Labels are reduced as the plain statement of the rule would reduce them. */
class CellTextProperties {
  @Property(tries = 3000)
  void labelIsTheRule(@ForAll("cells") String text) {
    assertThat(CellText.label(text)).isEqualTo(labelByTheRule(text));
  }

  @Property(tries = 3000)
  void bareLabelIsTheRule(@ForAll("cells") String text) {
    assertThat(CellText.bareLabel(text))
        .isEqualTo(labelByTheRule(text).replaceFirst("\\([^()]*\\)$", ""));
  }

  @Example
  void examples() {
    assertThat(CellText.label(" 任务3： ")).isEqualTo("任务3");
    assertThat(CellText.bareLabel("预算金额（万元）")).isEqualTo("预算金额");
    assertThat(CellText.bareLabel("拟投入的资金\n(万元)")).isEqualTo("拟投入的资金");
    assertThat(CellText.bareLabel("(a)(b)")).isEqualTo("(a)");
  }

  /** NFKC, then every whitespace, space, zero-width space and BOM removed, trailing colons off. */
  private static String labelByTheRule(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder();
    n.codePoints()
        .filter(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && c != '\u200B'
                    && c != '\uFEFF')
        .forEach(sb::appendCodePoint);
    return sb.toString().replaceFirst(":+$", "");
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings()
        .withChars("预算金额任务（）()：: \t\n\u3000\u00A0\u200B\uFEFFａ１")
        .withChars("\uD83D\uDE00\uD83D") // a pair and a lone high surrogate
        .withCharRange('!', '~')
        .ofMaxLength(12);
  }
}
