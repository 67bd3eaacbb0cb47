package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/** Issue 10 item 3: an amount with more than two decimals prints rounded; the filer is told. */
class AmountPrecisionRuleTest {
  @Test
  void warnsAtAnAmountWithSixDecimalsAndSaysWhatTheFormPrints() {
    assertThat(run(new AmountPrecisionRule(), sampleWith("基本支出: 1999.68", "基本支出: 1999.675843")))
        .containsExactly("11:11 警告 「预算整体情况 › 部门预算支出 › 基本支出」的金额 1999.675843 多于两位小数，表上印为 1,999.68");
  }

  @Test
  void namesATaskByItsName() {
    assertThat(run(new AmountPrecisionRule(), sampleWith("拟投入的资金: 839.55", "拟投入的资金: 839.554")))
        .containsExactly(
            "28:13 警告 「年度重点工作任务 › 任务3: 进一步加强政务服务力度 › 拟投入的资金」的金额 839.554 多于两位小数，表上印为 839.55");
  }

  @Test
  void trailingZerosAndTwoDecimalsAreFine() {
    assertThat(run(new AmountPrecisionRule(), sample())).isEmpty();
    assertThat(run(new AmountPrecisionRule(), sampleWith("基本支出: 1999.68", "基本支出: 1999.680000")))
        .isEmpty();
  }

  @Test
  void sumsAreStillCheckedOnTheExactValues() {
    // 1999.675843 + 13074.48 = 15074.155843, which prints as 15,074.16 like 财政拨款; exact sums
    // differ by 0.004157, within the ±0.01 tolerance: no balance error, one precision warning.
    String yaml = sampleWith("基本支出: 1999.68", "基本支出: 1999.675843");
    assertThat(run(new AmountBalanceRule(), yaml)).isEmpty();
    assertThat(run(new AmountBalanceRule(), sampleWith("基本支出: 1999.68", "基本支出: 1999.665843")))
        .singleElement()
        .asString()
        .contains("15,074.145843");
  }

  @Test
  void declgenYamlTurnsItOff() throws Exception {
    var loaded = Samples.parse("x.yaml", sampleWith("基本支出: 1999.68", "基本支出: 1999.675843"));
    CheckConfig off = new CheckConfig(3, Map.of("amount.precision", Optional.empty()));
    List<Diagnostic> found =
        new Checker(Messages.chinese(), off, Frameworks.of("gz-district")).check(loaded);
    assertThat(found).noneMatch(d -> d.code().equals("amount.precision"));
  }

  @Test
  void englishMessage() throws Exception {
    var loaded = Samples.parse("x.yaml", sampleWith("基本支出: 1999.68", "基本支出: 1999.675843"));
    List<Diagnostic> found =
        new Checker(Messages.english(), CheckConfig.DEFAULTS, Frameworks.of("gz-district"))
            .check(loaded);
    assertThat(found)
        .filteredOn(d -> d.code().equals("amount.precision"))
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo(
            "Amount 1999.675843 of '预算整体情况 › 部门预算支出 › 基本支出' has more than two decimals;"
                + " the form prints 1,999.68");
  }
}
