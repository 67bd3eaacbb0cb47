package org.declgen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.declgen.form.DepartmentForm;

/**
 * {@link TopLevelKeys} finds exactly what the regular expression it replaced found, on text made of
 * the pieces that decide it: keys, a key's prefix and extensions, byte-order marks, quotes, spaces
 * and tabs, both colons and every line terminator Java knows.
 */
class TopLevelKeysProperties {
  /** Two labels, one the start of the other, as a form may have. */
  private static final List<String> LABELS = List.of("部门名称", "部门名称及代码", "年度");

  @Property(tries = 3000)
  void findsWhatTheRegularExpressionFinds(@ForAll("texts") String text) {
    assertThat(new TopLevelKeys(LABELS).foundIn(text))
        .as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
        .isEqualTo(regex(LABELS).matcher(text).find());
  }

  @Property(tries = 1000)
  void findsWhatTheRegularExpressionFindsWithTheFormsLabels(@ForAll("formTexts") String text) {
    List<String> labels = DepartmentForm.FORM.labels();
    assertThat(new TopLevelKeys(labels).foundIn(text))
        .isEqualTo(regex(labels).matcher(text).find());
  }

  @Example
  void aKeyAfterACarriageReturnAndLineFeedStartsALine() {
    assertThat(new TopLevelKeys(LABELS).foundIn("# x\r\n年度: 2025")).isTrue();
    assertThat(new TopLevelKeys(LABELS).foundIn("# x\u2028年度:")).isTrue();
    assertThat(new TopLevelKeys(LABELS).foundIn("# x 年度: 2025")).isFalse();
    assertThat(new TopLevelKeys(LABELS).foundIn("年度:2025")).isFalse();
  }

  @Example
  void aKeyMayNotStartWithWhatMayOpenTheLine() {
    for (String label : List.of("", "\uFEFF年度", "\"年度", "'年度")) {
      assertThatThrownBy(() -> new TopLevelKeys(List.of(label)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** The expression as it was, the oracle. */
  private static Pattern regex(List<String> labels) {
    return Pattern.compile(
        "(?m)^\uFEFF?[\"']?("
            + String.join("|", labels.stream().map(Pattern::quote).toList())
            + ")[\"']?[ \\t]*(?::(?:[ \\t]|$)|：)");
  }

  @Provide
  Arbitrary<String> texts() {
    return pieces(LABELS);
  }

  @Provide
  Arbitrary<String> formTexts() {
    return pieces(DepartmentForm.FORM.labels());
  }

  private static Arbitrary<String> pieces(List<String> labels) {
    Arbitrary<String> label = Arbitraries.of(labels);
    Arbitrary<String> prefix = label.map(l -> l.substring(0, l.length() - 1));
    Arbitrary<String> other =
        Arbitraries.of(
            "\uFEFF", "\"", "'", " ", "\t", ":", "：", "\n", "\r", "\r\n", "\u0085", "\u2028",
            "\u2029", "甲", "x", "#", "-", "称");
    return Arbitraries.frequencyOf(Tuple.of(3, label), Tuple.of(1, prefix), Tuple.of(8, other))
        .list()
        .ofMaxSize(14)
        .map(parts -> String.join("", parts));
  }
}
