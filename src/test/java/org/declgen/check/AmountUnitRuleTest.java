package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 12: every amount typed in 元 instead of 万元 prints 10,000 times too large. */
class AmountUnitRuleTest {
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(基本支出|项目支出|财政拨款|其他资金|财政专项资金|其他事业发展性支出|本级使用资金|拟用于对下转移支付资金|拟投入的资金): ([0-9.]+)");

  /** The sample with every amount multiplied by 10,000, as a clerk copying 元 figures types it. */
  static String inYuan(String yaml) {
    Matcher m = AMOUNT.matcher(yaml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String yuan =
          new BigDecimal(m.group(2)).movePointRight(4).stripTrailingZeros().toPlainString();
      m.appendReplacement(out, m.group(1) + ": " + yuan);
    }
    return m.appendTail(out).toString();
  }

  @Test
  void sampleInYuanIsAnErrorAtTheTotal() {
    String yaml = inYuan(sample());
    assertThat(yaml).contains("基本支出: 19996800\n", "拟投入的资金: 8395500\n");
    assertThat(run(new AmountUnitRule(), yaml))
        .containsExactly(
            "10:3 错误 金额看起来是按“元”填写的：部门预算总额 150,741,600.00 万元即 15,074.16 亿元，"
                + "超过 1,000 亿元，不像一个部门的整体预算（区、市级部门一般为几千到几十万万元）");
  }

  @Test
  void theSampleAndALargeMunicipalBudgetAreFine() {
    assertThat(run(new AmountUnitRule(), sample())).isEmpty();
    assertThat(run(new AmountUnitRule(), budget("10907.61", "61915.77", "72823.38"))).isEmpty();
  }

  /** The threshold is 1,000 亿元: a cent above it is reported, the figure itself is not. */
  @Test
  void thresholdIsOneThousandYiYuan() {
    assertThat(run(new AmountUnitRule(), budget("0.01", "9999999.99", "10000000.00"))).isEmpty();
    assertThat(run(new AmountUnitRule(), budget("0.02", "9999999.99", "10000000.01")))
        .singleElement()
        .asString()
        .startsWith("3:3 错误 金额看起来是按“元”填写的：部门预算总额 10,000,000.01 万元即 1,000.00 亿元");
  }

  /** A small department in 元: below the threshold, but every amount is 万元 × 10,000. */
  @Test
  void smallBudgetInYuanIsCaughtByItsRoundFigures() {
    assertThat(run(new AmountUnitRule(), budget("1200000", "3456700", "4656700")))
        .containsExactly(
            "4:11 错误 金额看起来是按“元”填写的：每个金额都是 100 的整数倍且有 7 位以上整数（如 1200000），正是万元金额乘以 10000 的样子");
  }

  /** Round figures are not enough: a multiple of 100 below seven digits is a plausible 万元. */
  @Test
  void roundButShortFiguresAreFine() {
    assertThat(run(new AmountUnitRule(), budget("1200", "345600", "346800"))).isEmpty();
    assertThat(run(new AmountUnitRule(), budget("1200000", "3456789", "4656789"))).isEmpty();
  }

  /** A small department, in 万元 but for one amount typed in 元: the balance it breaks finds it. */
  @Test
  void oneAmountInYuanOfASmallDepartmentIsFoundByTheBalanceItBreaks() {
    assertThat(run(new AmountUnitRule(), budget("100.00", "35.00", "135.00"))).isEmpty();
    assertThat(run(new AmountUnitRule(), budget("1000000", "35.00", "135.00")))
        .containsExactly(
            "4:11 错误 「预算整体情况 › 部门预算支出 › 基本支出」1,000,000.00 万元看起来是按“元”填写的："
                + "部门预算支出合计与收入来源合计不相等，这一项写成 100（万元）时正好相等");
    assertThat(run(new AmountUnitRule(), budget("100.00", "35.00", "1350000.50")))
        .singleElement()
        .asString()
        .startsWith("7:11 错误 「预算整体情况 › 收入来源 › 财政拨款」1,350,000.50 万元看起来是按“元”填写的")
        .endsWith("这一项写成 135.00005（万元）时正好相等");
  }

  @Test
  void oneAmountInYuanOfTheLevelsIsFoundByTheirBalance() {
    String yaml =
        sampleWith("本级使用资金: 15074.16", "本级使用资金: 150741600")
            .replace("拟用于对下转移支付资金: 0.00", "拟用于对下转移支付资金: 0");
    assertThat(run(new AmountUnitRule(), yaml))
        .containsExactly(
            "20:13 错误 「预算整体情况 › 按预算级次划分 › 本级使用资金」150,741,600.00 万元看起来是按“元”填写的："
                + "按预算级次划分的合计与部门预算总额不相等，这一项写成 15074.16（万元）时正好相等");
  }

  /** An amount that should be 0 is not taken for 元, however small the difference it makes. */
  @Test
  void anImbalanceThatNoAmountInYuanExplainsIsLeftToTheBalanceRule() {
    assertThat(run(new AmountUnitRule(), budget("100.00", "35.00", "130.00"))).isEmpty();
    assertThat(
            run(
                new AmountUnitRule(),
                budget("100.00", "35.00", "135.00").replace("其他资金: 0.00", "其他资金: 50")))
        .isEmpty();
  }

  private static String budget(String basic, String project, String fiscal) {
    return """
        部门名称: 某局
        预算整体情况:
          部门预算支出:
            基本支出: %s
            项目支出: %s
          收入来源:
            财政拨款: %s
            其他资金: 0.00
        """
        .formatted(basic, project, fiscal);
  }
}
