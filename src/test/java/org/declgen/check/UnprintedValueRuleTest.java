package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.declgen.form.PrintedValues;
import org.junit.jupiter.api.Test;

/** A value filled only in a column the chosen template does not print is an error at that value. */
class UnprintedValueRuleTest {
  static final PrintedValues MUNICIPAL = new PrintedValues("gd-municipal", false, true);
  static final PrintedValues DISTRICT = PrintedValues.both("gz-district");

  @Test
  void periodValueOnlyOnAFormThatPrintsTheAnnualColumnOnly() {
    String yaml = sampleWith("指标值: 全区不低于36台}", "实施周期指标值: \"≥64,800件\"}");
    assertThat(run(new UnprintedValueRule(), yaml, MUNICIPAL))
        .containsExactly(
            "47:36 错误 「无人机机库部署数量」只填了实施周期指标值「≥64,800件」，而 gd-municipal 模板的表不印实施周期指标值、只印年度指标值："
                + "这一行的指标值会印成空白，这个值不会出现在表上");
  }

  @Test
  void theSameValueOnAFormThatPrintsItIsFine() {
    String yaml = sampleWith("指标值: 全区不低于36台}", "实施周期指标值: \"≥64,800件\"}");
    assertThat(run(new UnprintedValueRule(), yaml, DISTRICT)).isEmpty();
    assertThat(
            run(
                new UnprintedValueRule(),
                sampleWith("指标值: 全区不低于36台}", "年度指标值: \"≥64,800件\"}"),
                MUNICIPAL))
        .isEmpty();
  }

  @Test
  void bothValuesFilledLosesNoCellOnlyTheUnprintedNotice() {
    String yaml = sampleWith("指标值: 全区不低于36台}", "实施周期指标值: ≥100台, 年度指标值: ≥36台}");
    assertThat(run(new UnprintedValueRule(), yaml, MUNICIPAL)).isEmpty();
  }

  @Test
  void singleValuesNeverAskWhichColumnsThePrintedFormHas() {
    var loaded = sample();
    assertThat(
            CheckFixture.runAsking(
                new UnprintedValueRule(),
                loaded,
                () -> {
                  throw new AssertionError("the template was compiled for single values");
                }))
        .isEmpty();
  }
}
