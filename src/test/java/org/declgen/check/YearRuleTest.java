package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sampleWith;

import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 年度 is a four-digit year or ~; anything else is an error whose hint gives the year to write. */
class YearRuleTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年|5:5 错误 「年度」写成了「2025年」，表上年份后面已印“年”字，会印成「2025年年…」|写成 2025；表上已在年份后印出“年”或“年度”二字",
        "2025年度|5:5 错误 「年度」写成了「2025年度」，表上年份后面已印“年”字，会印成「2025年度年…」|写成 2025；表上已在年份后印出“年”或“年度”二字",
        "２０２５|5:5 错误 「年度」「２０２５」用了全角数字|写成 2025（半角数字）",
        "\"2025 \"|5:5 错误 「年度」「2025 」的年份前后有空格|写成 2025（去掉空格）",
        "\"\u30002025\"|5:5 错误 「年度」「\u30002025」的年份前后有空格|写成 2025（去掉空格）",
        "２０２５年|5:5 错误 「年度」写成了「２０２５年」，表上年份后面已印“年”字，会印成「２０２５年年…」|写成 2025；表上已在年份后印出“年”或“年度”二字",
        "2025.0|5:5 错误 「年度」「2025.0」带了小数点，表上年份后面已印“年”字，会印成「2025.0年…」|写成 2025",
        "25|5:5 错误 「年度」应当是四位数的年份（19xx 或 20xx），「25」不是|写成四位数的年份，如 2025；表上不写年度时写 ~",
        "2025-2027|5:5 错误 「年度」只写一个年份，「2025-2027」是一段时间|写成申报的那一年，如 2025；跨年度的目标写在实施周期指标值中",
        "2025年至2027年|5:5 错误 「年度」只写一个年份，「2025年至2027年」是一段时间|写成申报的那一年，如 2025；跨年度的目标写在实施周期指标值中",
        "3025|5:5 错误 「年度」应当是四位数的年份（19xx 或 20xx），「3025」不是|写成四位数的年份，如 2025；表上不写年度时写 ~",
      })
  void notAYear(String typed, String expected, String hint) throws Exception {
    String yaml = sampleWith("年度: ~", "年度: " + typed);
    assertThat(run(new YearRule(), yaml)).containsExactly(expected);
    List<Diagnostic> found =
        new Checker(Messages.chinese(), CheckConfig.DEFAULTS, Frameworks.of("gz-district"))
            .check(Samples.parse("x.yaml", yaml));
    assertThat(found)
        .filteredOn(d -> d.code().equals("structure.year"))
        .singleElement()
        .satisfies(d -> assertThat(d.isError()).isTrue())
        .extracting(Diagnostic::hint)
        .isEqualTo(hint);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "1999", "~", "\"2025\""})
  void aYearOrBlankIsFine(String typed) {
    assertThat(run(new YearRule(), sampleWith("年度: ~", "年度: " + typed))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年|年度 is '2025年'; the form prints 年 after the year, so it would print '2025年年…'|Write 2025; the form already prints 年 or 年度 after the year",
        "25|年度 must be a four-digit year (19xx or 20xx); '25' is not|Write a four-digit year such as 2025; write ~ when the form states no year",
      })
  void english(String typed, String message, String hint) throws Exception {
    List<Diagnostic> found =
        new Checker(Messages.english(), CheckConfig.DEFAULTS, Frameworks.of("gz-district"))
            .check(Samples.parse("x.yaml", sampleWith("年度: ~", "年度: " + typed)));
    assertThat(found)
        .filteredOn(d -> d.code().equals("structure.year"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo(message))
        .satisfies(d -> assertThat(d.hint()).isEqualTo(hint));
  }
}
