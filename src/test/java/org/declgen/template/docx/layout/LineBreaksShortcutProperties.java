package org.declgen.template.docx.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts the line count takes (a text that obviously fits one line, a run of Chinese that
 * fits the rest of a line) break lines exactly where the character-by-character walk does.
 */
class LineBreaksShortcutProperties {
  /**
   * What form texts are made of: Chinese, marks that may not start or end a line, Latin, digits.
   */
  private static final String[] PIECES = {
    "一", "二", "建", "设", "，", "。", "、", "）", "“", "”", "（", "《", "a", "W", "m", "1", "9", "%", ".",
    " ", "/", "·", "\n", "\t", "\u0001", "𠮷", "ab", "2024", "ＡＢ", "≥", "≤", "≧", "±", "＞", "～",
        "约", "件", "人次"
  };

  @Property(tries = 3000)
  void shortcutsBreakWhereTheWalkDoes(
      @ForAll("texts") String text,
      @ForAll("widths") double width,
      @ForAll("indents") double first) {
    int[] expected = LineBreaks.startsCharacterByCharacter(text, width, first);
    assertThat(LineBreaks.starts(text, width, first)).containsExactly(expected);
    assertThat(LineBreaks.count(text, width, first)).isEqualTo(expected.length);
    LineBreaks.Measure measure = new LineBreaks.Measure();
    assertThat(measure.lines(text, width, first)).isEqualTo(expected.length);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<Double> widths() {
    // Whole widths make runs of Chinese fill a line exactly; fractional ones the columns of forms.
    Arbitrary<Double> whole = Arbitraries.integers().between(1, 16).map(Integer::doubleValue);
    Arbitrary<Double> fractional =
        Combinators.combine(
                Arbitraries.integers().between(1, 15), Arbitraries.integers().between(0, 9))
            .as((ems, tenths) -> ems + tenths / 10.0);
    return Arbitraries.oneOf(whole, fractional);
  }

  @Provide
  Arbitrary<Double> indents() {
    return Arbitraries.of(0.0, 0.0, 0.0, 2.0, -2.0, 0.5);
  }
}
